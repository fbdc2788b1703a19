package org.pupilsupport.core.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.cases.CaseContact;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The acting borough's retention schedule: its lines, the DPO's changes to them (each in the audit trail, with
 * the line before and after), and how long a given child's record is kept under it.
 */
@ApplicationScoped
@Transactional
public class RetentionSchedule {

    static final String SUBJECT = "retention-schedule";
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    /** The schedule in the order of {@link RecordKind}, cases by service area. */
    @Requires(Permission.MANAGE_RETENTION_SCHEDULE)
    public List<RetentionRule> lines() {
        return all(entityManagers.current());
    }

    static List<RetentionRule> all(EntityManager entityManager) {
        return entityManager.createQuery("SELECT r FROM RetentionRule r", RetentionRule.class).getResultList().stream()
                .sorted(Comparator.comparing(RetentionRule::kind).thenComparing(rule -> rule.area() == null ? -1 : rule.area().ordinal()))
                .toList();
    }

    /**
     * Sets a line (adding it if the borough has none for that kind and area). Saved by the DPO, it is no longer a
     * placeholder: the source says where the value comes from.
     *
     * @throws org.pupilsupport.core.validation.InvalidCommandException if a value is outside its bounds
     */
    @Requires(Permission.MANAGE_RETENTION_SCHEDULE)
    public RetentionRule save(RetentionTerms proposed) {
        RetentionTerms terms = proposed.checked();
        EntityManager entityManager = entityManagers.current();
        Optional<RetentionRule> existing = line(entityManager, terms.kind(), terms.area());
        String before = existing.map(RetentionSchedule::described).orElse("(none)");
        RetentionRule rule;
        if (existing.isPresent()) {
            rule = existing.get();
            rule.apply(terms, false, actor.username(), clock.instant());
        } else {
            rule = new RetentionRule(terms, false, actor.username(), clock.instant());
            entityManager.persist(rule);
        }
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, rule.id(), AuditOutcome.SUCCESS)
                .withDetails(before + " -> " + described(rule)));
        return rule;
    }

    /** Adds the seed lines to a borough that has no schedule yet; called at start-up only. */
    void seed(List<RetentionTerms> lines, List<Boolean> placeholders) {
        EntityManager entityManager = entityManagers.current();
        if (!all(entityManager).isEmpty()) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            entityManager.persist(new RetentionRule(lines.get(i).checked(), placeholders.get(i), "system", clock.instant()));
        }
        audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, null, AuditOutcome.SUCCESS)
                .withDetails(lines.size() + " lines seeded from the borough's retention.csv"));
    }

    /**
     * How long the child's record is kept and why; the caller has already been given the record.
     */
    @Requires(Permission.OPEN_CHILD_RECORDS)
    public Keeping keepingOf(Child child) {
        return keepingOf(entityManagers.current(), child);
    }

    static Keeping keepingOf(EntityManager entityManager, Child child) {
        List<RetentionRule> lines = all(entityManager);
        List<Case> cases = entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.childId = :id", Case.class)
                .setParameter("id", child.id()).getResultList();
        List<Keeping.CaseFacts> facts = cases.stream().map(aCase -> new Keeping.CaseFacts(aCase.reference().toString(), aCase.area(),
                aCase.status() != org.pupilsupport.core.cases.CaseStatus.CLOSED, aCase.referredOn(), aCase.closedOn(), aCase.contacts().stream().map(CaseContact::happenedAt)
                        .map(java.time.LocalDateTime::toLocalDate).max(Comparator.naturalOrder()).orElse(null))).toList();
        return Keeping.of(new Keeping.RecordFacts(child.dateOfBirth(), LocalDate.ofInstant(child.createdAt(), ENGLAND), facts),
                lines.stream().filter(rule -> rule.kind() == RecordKind.CHILD_RECORD).findFirst(),
                area -> lines.stream().filter(rule -> rule.kind() == RecordKind.CASE && rule.area() == area).findFirst());
    }

    private static Optional<RetentionRule> line(EntityManager entityManager, RecordKind kind, ServiceArea area) {
        return all(entityManager).stream().filter(rule -> rule.kind() == kind && rule.area() == area).findFirst();
    }

    private static String described(RetentionRule rule) {
        return rule.kind().name() + (rule.area() == null ? "" : "/" + rule.area().name()) + ": " + rule.describe()
                + (rule.isPlaceholder() ? " (placeholder)" : "");
    }
}
