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

/**
 * Restriction of processing (UK GDPR Article 18), placed and lifted by the DPO, for example while the accuracy of a
 * record is contested or an objection is considered. While restricted, a child's record and its cases are read-only
 * for everyone (every change refused and audited, by {@code ChildRegister}, {@code Casework}, school returns and CTF
 * imports), flagged wherever shown, and left out of officers' searches, lists, tasks and counts. A restricted record
 * is also erased in the family of records it belongs to (restriction does not stop an erasure the DPO decides).
 */
@ApplicationScoped
@Transactional
public class RecordRestrictions {

    public static final int LONGEST_NOTE = 500;

    static final String SUBJECT = "child";

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
     * @throws IllegalArgumentException if the record is already restricted
     * @throws org.pupilsupport.core.validation.InvalidCommandException if the reason is missing or too long
     */
    @Requires(Permission.RESTRICT_RECORDS)
    public RecordRestriction restrict(String childId, String reason) {
        Child child = child(childId);
        if (child.isRestricted()) {
            throw new IllegalArgumentException("This record is already restricted");
        }
        String text = checked("restrictionReason", reason, "Say why the record is restricted (for example, its accuracy is contested)");
        child.restrictProcessing(clock.instant());
        RecordRestriction restriction = new RecordRestriction(childId, text, actor.username(), clock.instant());
        entityManagers.current().persist(restriction);
        audit.record(new AuditEvent(AuditAction.RESTRICT, SUBJECT, childId, AuditOutcome.SUCCESS, text, "restricted"));
        return restriction;
    }

    /**
     * Stops the processing of a child's record because an objection under UK GDPR Article 21(1) was upheld (the service
     * could not show compelling legitimate grounds): the record is restricted as by {@link #restrict}, and every page
     * showing it says that processing stopped and on which request. A record already restricted keeps its restriction
     * and is marked as stopped too.
     *
     * @throws ChildNotFoundException if the acting borough has no such child
     */
    @Requires(Permission.RESTRICT_RECORDS)
    public void stopProcessing(String childId, String requestReference) {
        Child child = child(childId);
        String reason = "Processing stopped: objection upheld on request " + requestReference;
        if (!child.isRestricted()) {
            entityManagers.current().persist(new RecordRestriction(childId, reason, actor.username(), clock.instant()));
        }
        child.stopProcessing(clock.instant(), requestReference);
        audit.record(new AuditEvent(AuditAction.RESTRICT, SUBJECT, childId, AuditOutcome.SUCCESS, reason, "processing stopped"));
    }

    /**
     * @throws ChildNotFoundException if the acting borough has no such child
     * @throws IllegalArgumentException if the record is not restricted
     */
    @Requires(Permission.RESTRICT_RECORDS)
    public void lift(String childId, String note) {
        Child child = child(childId);
        if (!child.isRestricted()) {
            throw new IllegalArgumentException("This record is not restricted");
        }
        String text = checked("liftNote", note, "Say why the restriction is lifted");
        child.liftRestriction();
        current(childId).forEach(restriction -> restriction.lift(actor.username(), clock.instant(), text));
        audit.record(new AuditEvent(AuditAction.RESTRICT, SUBJECT, childId, AuditOutcome.SUCCESS, text, "restriction lifted"));
    }

    /** The restriction in force on the child's record, if any. */
    @Requires(Permission.RESTRICT_RECORDS)
    public List<RecordRestriction> inForce(String childId) {
        return current(childId);
    }

    /** Every record restricted now, oldest first. */
    @Requires(Permission.RESTRICT_RECORDS)
    public List<RecordRestriction> allInForce() {
        return entityManagers.current().createQuery("SELECT r FROM RecordRestriction r WHERE r.liftedAt IS NULL ORDER BY r.placedAt",
                RecordRestriction.class).getResultList();
    }

    private List<RecordRestriction> current(String childId) {
        return entityManagers.current().createQuery("SELECT r FROM RecordRestriction r WHERE r.childId = :child AND r.liftedAt IS NULL",
                RecordRestriction.class).setParameter("child", childId).getResultList();
    }

    private Child child(String childId) {
        EntityManager entityManager = entityManagers.current();
        Child child = childId == null ? null : entityManager.find(Child.class, childId);
        if (child == null) {
            audit.record(AuditEvent.about(AuditAction.RESTRICT, SUBJECT, childId, AuditOutcome.NOT_FOUND));
            throw new ChildNotFoundException(childId);
        }
        return child;
    }

    private static String checked(String field, String text, String missing) {
        FieldProblems problems = new FieldProblems();
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            problems.add(field, missing);
        } else if (stripped.length() > LONGEST_NOTE) {
            problems.add(field, "The note must be " + LONGEST_NOTE + " characters or fewer");
        }
        problems.throwIfAny();
        return stripped;
    }
}
