package org.pupilsupport.core.children;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.schools.SchoolRegister;

/**
 * What officers do with child records in the acting borough. Each method is one transaction bound to
 * that borough; a child of another borough is reported as not found, exactly like an unknown id.
 *
 * <p>Need to know: anyone allowed to find children sees identifying fields in search, but the full
 * record opens only for members of a team the child is allocated to, or for someone who states a reason
 * (break-glass), which is recorded for the break-glass report.
 */
@ApplicationScoped
// Refusals and not-found answers commit: the audit entry recording the attempt must survive them.
@Transactional(dontRollbackOn = {ChildNotFoundException.class, ReasonRequiredException.class})
public class ChildRegister {

    /** The largest page a list may ask for, so one request cannot pull a whole borough. */
    public static final int MAX_PAGE_SIZE = 200;

    static final String SUBJECT = "child";

    @Inject
    ChildRepository children;

    @Inject
    SchoolRegister schools;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    /** What an officer enters to record a child; the UPN and school URN may be blank. */
    public record NewChild(String forename, String middleNames, String surname, LocalDate dateOfBirth, String upn, Integer schoolUrn) {
    }

    /**
     * Records a child and allocates them to the recording officer's teams, so the officer can go on
     * working with the record.
     *
     * @return the new child's id
     * @throws IllegalArgumentException with an officer-readable message if any field is invalid
     */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public String register(NewChild details) {
        Upn upn = details.upn() == null || details.upn().isBlank() ? null : Upn.parse(details.upn());
        Child child = new Child(new LegalName(details.forename(), details.middleNames(), details.surname()),
                details.dateOfBirth(), upn,
                details.schoolUrn() == null ? null : schools.require(details.schoolUrn()), clock);
        children.add(child);
        audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, child.id(), AuditOutcome.SUCCESS)
                .withDetails(describe(child)));
        if (!actor.isSystem()) {
            children.teamsOf(actor.username()).forEach(teamId -> allocateUnchecked(child.id(), teamId));
        }
        return child.id();
    }

    /**
     * Asks for a child's full record. Every call is one audited view, whatever it gives: the record, a
     * request for a reason (recorded as refused), or not found (an id tried from another borough leaves its
     * trace too).
     */
    @Requires(Permission.OPEN_CHILD_RECORDS)
    public ChildRecordAccess open(String id) {
        Optional<Child> found = children.find(id);
        if (found.isEmpty()) {
            audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, AuditOutcome.NOT_FOUND));
            return new ChildRecordAccess.NotFound(id);
        }
        Child child = found.get();
        if (actor.isSystem() || isAllocatedToATeamOf(id, actor.username())) {
            audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, AuditOutcome.SUCCESS));
            return new ChildRecordAccess.Granted(child, false);
        }
        if (children.isKnownTo(id, actor.username(), clock.instant())) {
            audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, AuditOutcome.SUCCESS)
                    .withDetails("under a break-glass reason given within the last " + BreakGlassAccess.LASTS.toHours() + " hours"));
            return new ChildRecordAccess.Granted(child, true);
        }
        audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, AuditOutcome.REFUSED)
                .withDetails("not known to the officer's teams: reason asked for"));
        return new ChildRecordAccess.ReasonRequired(ChildSummary.of(child, false));
    }

    /**
     * Opens the record of a child not known to the officer's teams (break-glass). The reason is recorded
     * in the audit trail and the break-glass report, and covers further work on the record for
     * {@link BreakGlassAccess#LASTS}.
     *
     * @throws ChildNotFoundException   if there is no such child in the acting borough
     * @throws IllegalArgumentException if the reason is missing or too short; nothing is recorded then
     */
    @Requires(Permission.OPEN_CHILD_RECORDS)
    public Child openGivingReason(String id, String reason) {
        String checkedReason = BreakGlassAccess.checkedReason(reason);
        Child child = children.find(id).orElseThrow(() -> {
            audit.record(AuditEvent.about(AuditAction.BREAK_GLASS, SUBJECT, id, AuditOutcome.NOT_FOUND));
            return new ChildNotFoundException(id);
        });
        children.add(new BreakGlassAccess(id, actor.username(), checkedReason, clock.instant()));
        audit.record(new AuditEvent(AuditAction.BREAK_GLASS, SUBJECT, id, AuditOutcome.SUCCESS, checkedReason, null));
        return child;
    }

    /**
     * The child's sensitive fields, for someone whose role allows them and who may open the record. Each
     * reveal is audited.
     *
     * @throws ChildNotFoundException   if there is no such child in the acting borough
     * @throws ReasonRequiredException if the child is not known to the officer's teams
     */
    @Requires(Permission.REVEAL_SENSITIVE_FIELDS)
    public SensitiveDetails revealSensitiveDetails(String id) {
        Child child = knownChild(id, AuditAction.REVEAL_SENSITIVE);
        audit.record(AuditEvent.about(AuditAction.REVEAL_SENSITIVE, SUBJECT, id, AuditOutcome.SUCCESS)
                .withDetails("social-care status and summary of concerns shown"));
        return child.sensitiveDetails();
    }

    /**
     * Replaces the sensitive fields. The trail records the social-care status before and after, but
     * only the length of the concerns text: copying safeguarding narrative into the audit trail would show
     * it to every auditor.
     */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public void recordSensitiveDetails(String id, SensitiveDetails details) {
        Child child = knownChild(id, AuditAction.UPDATE);
        SensitiveDetails before = child.sensitiveDetails();
        child.recordSensitiveDetails(details);
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, id, AuditOutcome.SUCCESS)
                .withDetails("social-care status: " + before.socialCareStatus() + " -> " + details.socialCareStatus()
                        + "; summary of concerns: " + lengthOf(before.concernsSummary()) + " -> " + lengthOf(details.concernsSummary())
                        + " characters (text kept out of the trail)"));
    }

    /** An audited search: the terms and the page asked for are recorded. Identifying fields only. */
    @Requires(Permission.FIND_CHILDREN)
    public List<ChildSummary> search(String text, int first, int pageSize) {
        if (first < 0 || pageSize < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one child");
        }
        List<Child> page = children.search(text, first, Math.min(pageSize, MAX_PAGE_SIZE));
        Set<String> known = actor.isSystem() ? Set.of()
                : children.knownAmong(page.stream().map(Child::id).toList(), actor.username(), clock.instant());
        audit.record(AuditEvent.about(AuditAction.SEARCH, SUBJECT, null, AuditOutcome.SUCCESS)
                .withDetails("terms=\"" + (text == null ? "" : text.strip()) + "\" from=" + first + " results=" + page.size()));
        return page.stream().map(child -> ChildSummary.of(child, known.contains(child.id()))).toList();
    }

    @Requires(Permission.FIND_CHILDREN)
    public long countMatching(String text) {
        return children.countMatching(text);
    }

    @Requires(Permission.FIND_CHILDREN)
    public long count() {
        return children.count();
    }

    /** @throws ChildNotFoundException if there is no such child in the acting borough */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public void correctLegalName(String id, String forename, String middleNames, String surname) {
        Child child = knownChild(id, AuditAction.UPDATE);
        LegalName before = child.legalName();
        LegalName after = new LegalName(forename, middleNames, surname);
        child.correctLegalName(after);
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, id, AuditOutcome.SUCCESS)
                .withDetails("legal name: \"" + before.full() + "\" -> \"" + after.full() + "\""));
    }

    /**
     * Removes a record created in error (a duplicate or a test entry), with its team allocations. Not for
     * retention: records that reach the end of their retention period go through the retention schedule.
     * Break-glass rows stay: they are the evidence of who looked.
     *
     * @throws ChildNotFoundException if there is no such child in the acting borough
     */
    @Requires(Permission.REMOVE_CHILD_RECORDS)
    public void removeRecordedInError(String id) {
        Child child = knownChild(id, AuditAction.DELETE);
        children.allocationsOf(id).forEach(children::remove);
        children.remove(child);
        audit.record(AuditEvent.about(AuditAction.DELETE, SUBJECT, id, AuditOutcome.SUCCESS).withDetails(describe(child)));
    }

    /**
     * Allocates the child to a team, whose members then know the child.
     *
     * @throws ChildNotFoundException   if there is no such child in the acting borough
     * @throws IllegalArgumentException if the team is not one of the borough's
     */
    @Requires(Permission.ALLOCATE_CHILDREN)
    public void allocate(String childId, String teamId) {
        childToChange(childId, AuditAction.CREATE);
        String teamName = children.teamName(teamId).orElseThrow(() -> new IllegalArgumentException("Choose one of this borough's teams"));
        if (isAllocated(childId, teamId)) {
            return;
        }
        allocateUnchecked(childId, teamId);
        audit.record(AuditEvent.about(AuditAction.CREATE, "child-allocation", childId, AuditOutcome.SUCCESS)
                .withDetails("allocated to team \"" + teamName + "\""));
    }

    /** @throws ChildNotFoundException if there is no such child in the acting borough */
    @Requires(Permission.ALLOCATE_CHILDREN)
    public void deallocate(String childId, String teamId) {
        childToChange(childId, AuditAction.DELETE);
        for (ChildAllocation allocation : children.allocationsOf(childId)) {
            if (allocation.teamId().equals(teamId)) {
                children.remove(allocation);
                audit.record(AuditEvent.about(AuditAction.DELETE, "child-allocation", childId, AuditOutcome.SUCCESS)
                        .withDetails("no longer allocated to team \"" + children.teamName(teamId).orElse(teamId) + "\""));
            }
        }
    }

    /** The teams the child is allocated to. Team names are not personal data, so finding children is enough. */
    @Requires(Permission.FIND_CHILDREN)
    public List<TeamAllocation> allocationsOf(String childId) {
        return children.allocationsOf(childId).stream()
                .map(allocation -> new TeamAllocation(allocation.teamId(), children.teamName(allocation.teamId()).orElse("(removed team)"),
                        allocation.allocatedAt(), allocation.allocatedBy()))
                .toList();
    }

    private boolean isAllocatedToATeamOf(String childId, String username) {
        Set<String> officersTeams = Set.copyOf(children.teamsOf(username));
        return children.allocationsOf(childId).stream().anyMatch(allocation -> officersTeams.contains(allocation.teamId()));
    }

    private boolean isAllocated(String childId, String teamId) {
        return children.allocationsOf(childId).stream().anyMatch(allocation -> allocation.teamId().equals(teamId));
    }

    private void allocateUnchecked(String childId, String teamId) {
        children.add(new ChildAllocation(childId, teamId, clock.instant(), actor.username()));
    }

    /**
     * A child the acting officer may work on. A missing child is recorded as a not-found attempt at the
     * act, one not known to the officer's teams as a refused one.
     */
    private Child knownChild(String id, AuditAction attempted) {
        Child child = childToChange(id, attempted);
        Instant now = clock.instant();
        if (!actor.isSystem() && !children.isKnownTo(id, actor.username(), now)) {
            audit.record(AuditEvent.about(attempted, SUBJECT, id, AuditOutcome.REFUSED)
                    .withDetails("not known to the officer's teams and no reason given"));
            throw new ReasonRequiredException(id);
        }
        return child;
    }

    /**
     * The child a change applies to. Loading it is not a separate view (the change's own entry records
     * the act); a missing child is recorded as a not-found attempt at the change.
     */
    private Child childToChange(String id, AuditAction attempted) {
        return children.find(id).orElseThrow(() -> {
            audit.record(AuditEvent.about(attempted, SUBJECT, id, AuditOutcome.NOT_FOUND));
            return new ChildNotFoundException(id);
        });
    }

    private static int lengthOf(String text) {
        return text == null ? 0 : text.length();
    }

    private static String describe(Child child) {
        return "legal name: \"" + child.legalName().full() + "\"; date of birth: " + child.dateOfBirth()
                + "; UPN: " + child.upn() + "; school: " + (child.school() == null ? null : child.school().urn());
    }
}
