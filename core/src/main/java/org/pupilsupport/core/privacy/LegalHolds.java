package org.pupilsupport.core.privacy;

import java.time.Clock;
import java.util.List;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.tenancy.TenantEntityManagers;
import org.pupilsupport.core.validation.FieldProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Placing, releasing and listing the acting borough's legal holds; each step is in the audit trail. */
@ApplicationScoped
@Transactional
public class LegalHolds {

    public static final int LONGEST_NOTE = 500;

    static final String SUBJECT = "legal-hold";

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    /**
     * @throws ChildNotFoundException if the acting borough has no such child
     * @throws org.pupilsupport.core.validation.InvalidCommandException if the reason or note is missing or the note too long
     */
    @Requires(Permission.PLACE_LEGAL_HOLDS)
    public LegalHold place(String childId, LegalHoldReason reason, String note) {
        EntityManager entityManager = entityManagers.current();
        if (childId == null || entityManager.find(Child.class, childId) == null) {
            audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, null, AuditOutcome.NOT_FOUND));
            throw new ChildNotFoundException(childId);
        }
        FieldProblems problems = new FieldProblems();
        if (reason == null) {
            problems.add("reason", "Select what the hold is for");
        }
        String text = checkedNote(problems, "note", note);
        problems.throwIfAny();
        LegalHold hold = new LegalHold(childId, reason, text, actor.username(), clock.instant());
        entityManager.persist(hold);
        audit.record(new AuditEvent(AuditAction.CREATE, SUBJECT, hold.id(), AuditOutcome.SUCCESS, text,
                "child " + childId + " held for " + reason.name()));
        return hold;
    }

    /**
     * @throws IllegalArgumentException if there is no such hold or it was already released
     */
    @Requires(Permission.PLACE_LEGAL_HOLDS)
    public LegalHold release(String holdId, String why) {
        EntityManager entityManager = entityManagers.current();
        LegalHold hold = holdId == null ? null : entityManager.find(LegalHold.class, holdId);
        if (hold == null) {
            throw new IllegalArgumentException("There is no such legal hold in this borough");
        }
        FieldProblems problems = new FieldProblems();
        String text = checkedNote(problems, "releaseNote", why);
        problems.throwIfAny();
        hold.release(actor.username(), clock.instant(), text);
        audit.record(new AuditEvent(AuditAction.UPDATE, SUBJECT, hold.id(), AuditOutcome.SUCCESS, text,
                "released the hold on child " + hold.childId()));
        return hold;
    }

    /** Holds in force, oldest first. */
    @Requires(Permission.PLACE_LEGAL_HOLDS)
    public List<LegalHold> active() {
        return entityManagers.current().createQuery("SELECT h FROM LegalHold h WHERE h.releasedAt IS NULL ORDER BY h.placedAt", LegalHold.class)
                .getResultList();
    }

    /** The child's holds in force. */
    @Requires(Permission.PLACE_LEGAL_HOLDS)
    public List<LegalHold> activeFor(String childId) {
        return entityManagers.current().createQuery("SELECT h FROM LegalHold h WHERE h.childId = :child AND h.releasedAt IS NULL"
                + " ORDER BY h.placedAt", LegalHold.class).setParameter("child", childId).getResultList();
    }

    private static String checkedNote(FieldProblems problems, String field, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            problems.add(field, "Enter a note saying what the hold is for, without naming the child");
        } else if (text.length() > LONGEST_NOTE) {
            problems.add(field, "The note must be " + LONGEST_NOTE + " characters or fewer");
        }
        return text;
    }
}
