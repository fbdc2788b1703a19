package org.pupilsupport.core.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantEntityManagers;
import org.pupilsupport.core.validation.FieldProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The DPO delegates disposal runs to a senior officer of the borough ("the DPO, or a delegated senior officer,
 * approves"), for a period of at most a year, with a reason, and may revoke it; each step is audited. While a
 * delegation is in force the officer has {@link Permission#RUN_DISPOSALS}; the runner carrying out what they approved
 * also erases in their name. A delegate cannot delegate further, and nothing else of the DPO's passes.
 */
@ApplicationScoped
@Transactional
public class DisposalDelegations {

    static final String SUBJECT = "disposal-delegation";
    static final int LONGEST_TEXT = 500;
    private static final int SHORTEST_REASON = 10;
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** What a delegation in force gives on the web: running disposals, nothing more. */
    public static final Set<Permission> FOR_THE_DELEGATE = Set.copyOf(EnumSet.of(Permission.RUN_DISPOSALS));
    /** What the runner carrying out a delegate's approved run acts with: the run and its erasures. */
    static final Set<Permission> FOR_CARRYING_OUT = Set.copyOf(EnumSet.of(Permission.RUN_DISPOSALS, Permission.ERASE_CHILD_RECORDS));

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    ActingBorough actingBorough;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    @Inject
    OfficerAccounts accounts;

    /**
     * Delegates disposal runs to the senior officer up to and including the last day.
     *
     * @throws org.pupilsupport.core.validation.InvalidCommandException if the officer is not an enabled senior officer
     *         of the borough, the last day is not from today to a year ahead, or the reason is missing or too long
     */
    @Requires(Permission.DELEGATE_DISPOSALS)
    public DisposalDelegation grant(String delegate, LocalDate lastDay, String reason) {
        LocalDate today = LocalDate.now(clock.withZone(ENGLAND));
        String text = reason == null ? "" : reason.strip();
        FieldProblems problems = new FieldProblems();
        boolean senior = delegate != null && accounts.current(delegate)
                .map(officer -> officer.rolesIn(actingBorough.require()).contains(BoroughRole.SENIOR_OFFICER)).orElse(false);
        if (!senior) {
            problems.add("delegate", "Choose a senior officer of this borough");
        } else if (delegate.equalsIgnoreCase(actor.username())) {
            problems.add("delegate", "You cannot delegate to yourself");
        }
        if (lastDay == null) {
            problems.add("lastDay", "Enter the last day of the delegation");
        } else if (lastDay.isBefore(today) || lastDay.isAfter(today.plusYears(1))) {
            problems.add("lastDay", "The last day must be from today to a year from today");
        }
        if (text.length() < SHORTEST_REASON) {
            problems.add("delegationReason", "Say why you are delegating, in " + SHORTEST_REASON + " characters or more");
        } else if (text.length() > LONGEST_TEXT) {
            problems.add("delegationReason", "The reason must be " + LONGEST_TEXT + " characters or fewer");
        }
        problems.throwIfAny();
        String username = accounts.current(delegate).orElseThrow().username();
        DisposalDelegation delegation = new DisposalDelegation(username, lastDay, text, actor.username(), clock.instant());
        entityManagers.current().persist(delegation);
        audit.record(new AuditEvent(AuditAction.CREATE, SUBJECT, delegation.id(), AuditOutcome.SUCCESS, text,
                "disposal runs delegated to " + username + " up to and including " + lastDay));
        return delegation;
    }

    /**
     * Ends a delegation at once: the officer's next request no longer has disposal runs.
     *
     * @throws IllegalArgumentException if there is no such delegation in force in this borough
     * @throws org.pupilsupport.core.validation.InvalidCommandException if the note is missing or too long
     */
    @Requires(Permission.DELEGATE_DISPOSALS)
    public void revoke(String delegationId, String note) {
        DisposalDelegation delegation = delegationId == null ? null : entityManagers.current().find(DisposalDelegation.class, delegationId);
        if (delegation == null || !delegation.inForceOn(LocalDate.now(clock.withZone(ENGLAND)))) {
            throw new IllegalArgumentException("That delegation is not in force in this borough");
        }
        String text = note == null ? "" : note.strip();
        FieldProblems problems = new FieldProblems();
        if (text.isEmpty()) {
            problems.add("revokeNote", "Say why the delegation ends");
        } else if (text.length() > LONGEST_TEXT) {
            problems.add("revokeNote", "The note must be " + LONGEST_TEXT + " characters or fewer");
        }
        problems.throwIfAny();
        delegation.revoke(actor.username(), clock.instant(), text);
        audit.record(new AuditEvent(AuditAction.UPDATE, SUBJECT, delegation.id(), AuditOutcome.SUCCESS, text,
                "delegation to " + delegation.delegate() + " revoked"));
    }

    /** The borough's delegations, in force or not, newest first. */
    @Requires(Permission.DELEGATE_DISPOSALS)
    public List<DisposalDelegation> all() {
        return entityManagers.current().createQuery("SELECT d FROM DisposalDelegation d ORDER BY d.grantedAt DESC", DisposalDelegation.class)
                .setMaxResults(50).getResultList();
    }

    /** The borough's enabled senior officers, whom the DPO may choose from; the DPO's own account left out. */
    @Requires(Permission.DELEGATE_DISPOSALS)
    public List<OfficerAccounts.Holder> seniorOfficers() {
        return accounts.holdersInActingBorough(BoroughRole.SENIOR_OFFICER).stream()
                .filter(holder -> !holder.username().equalsIgnoreCase(actor.username())).toList();
    }

    /**
     * Whether the officer holds a delegation in force today in the acting borough: read by the web layer on each
     * request of a senior officer and by the runner, before any permission is known, so it needs none.
     */
    static boolean inForceFor(EntityManager entityManager, String username, LocalDate today) {
        return entityManager.createQuery("SELECT d FROM DisposalDelegation d WHERE d.delegate = :delegate AND d.revokedAt IS NULL"
                        + " AND d.lastDay >= :today", DisposalDelegation.class).setParameter("delegate", username).setParameter("today", today)
                .setMaxResults(1).getResultList().stream().findAny().isPresent();
    }
}
