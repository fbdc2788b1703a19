package org.pupilsupport.core.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.core.audit.AuditErasure;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.cases.AttachmentStore;
import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.children.CarerContact;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.children.FormerIdentifier;
import org.pupilsupport.core.children.HomeAddress;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantEntityManagers;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.core.validation.FieldProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Erases a child's record and everything the service holds about the child in the acting borough: the record
 * with its history, every record merged into it, its cases with their contacts, tasks, files and history, team
 * allocations, break-glass records, former versions, and the text of the audit trail that named the child. What
 * remains is a tombstone per record, the erasure's own record (counts and the decision, no personal data), and the
 * audit chain, which still verifies. Everything happens in one transaction: it is erased whole or not at all.
 *
 * <p>Siblings are separate records and are not touched, nor is anything in another borough.
 */
@ApplicationScoped
@Transactional
public class ChildErasure {

    public static final int LONGEST_REASON = 1000;

    static final String SUBJECT = AuditEntry.ERASURE_SUBJECT;

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    ActingBorough actingBorough;

    @Inject
    AuditTrail audit;

    @Inject
    AuditErasure auditErasure;

    @Inject
    AttachmentStore attachments;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    /** What an erasure destroyed, in counts, as its certificate shows. */
    public record Outcome(String erasureId, int childRecords, int cases, int files, int auditDetails) {
    }

    /**
     * Erases the child's record, with the family of records merged with it.
     *
     * @param reason the decision in the DPO's words, without the child's names or identifiers (it is kept)
     * @throws ChildNotFoundException if the acting borough has no such child
     * @throws RecordHeldException    if any record of the family is under legal hold
     * @throws org.pupilsupport.core.validation.InvalidCommandException if the reason is missing, too long or names the child
     */
    @Requires(Permission.ERASE_CHILD_RECORDS)
    public Outcome erase(String childId, ErasureGround ground, String reason) {
        EntityManager entityManager = entityManagers.current();
        Child named = childId == null ? null : entityManager.find(Child.class, childId);
        if (named == null) {
            audit.record(AuditEvent.about(AuditAction.ERASE, "child", childId, AuditOutcome.NOT_FOUND));
            throw new ChildNotFoundException(childId);
        }
        List<Child> family = familyOf(entityManager, named);
        List<String> familyIds = family.stream().map(Child::id).toList();
        List<LegalHold> holds = entityManager.createQuery("SELECT h FROM LegalHold h WHERE h.childId IN :ids AND h.releasedAt IS NULL",
                LegalHold.class).setParameter("ids", familyIds).getResultList();
        if (!holds.isEmpty()) {
            LegalHold hold = holds.get(0);
            audit.record(AuditEvent.about(AuditAction.ERASE, "child", childId, AuditOutcome.REFUSED)
                    .withDetails("under legal hold " + hold.id()));
            throw new RecordHeldException("This record is under legal hold for " + hold.reason().label() + " since "
                    + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(hold.placedAt().atZone(java.time.ZoneId.of("Europe/London")))
                    + ". It cannot be erased until the hold is released.");
        }
        Set<String> identifying = identifyingText(family);
        checkReason(reason, identifying, familyIds);

        List<Case> cases = entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.childId IN :ids", Case.class)
                .setParameter("ids", familyIds).getResultList();
        List<Long> caseNumbers = cases.stream().map(Case::number).toList();
        List<String> caseReferences = cases.stream().map(aCase -> aCase.reference().toString()).toList();
        List<String> fileIds = caseNumbers.isEmpty() ? List.of()
                : entityManager.createQuery("SELECT a.id FROM CaseAttachment a WHERE a.caseNumber IN :numbers", String.class)
                        .setParameter("numbers", caseNumbers).getResultList();

        if (!caseNumbers.isEmpty()) {
            entityManager.createQuery("DELETE FROM CaseAttachment a WHERE a.caseNumber IN :numbers").setParameter("numbers", caseNumbers)
                    .executeUpdate();
        }
        cases.forEach(entityManager::remove);
        for (String entity : List.of("ChildAllocation", "BreakGlassAccess", "FormerContact", "FormerConcerns")) {
            entityManager.createQuery("DELETE FROM " + entity + " x WHERE x.childId IN :ids").setParameter("ids", familyIds).executeUpdate();
        }
        // A review list may still hold the record's due date (which can tell a birthday) and notes about it.
        // Changed as entities, not by a bulk update: a disposal run erasing this record holds its own item in hand.
        entityManager.createQuery("SELECT i FROM DisposalItem i WHERE i.childId IN :ids", DisposalItem.class).setParameter("ids", familyIds)
                .getResultList().forEach(DisposalItem::forgetWhatNamesTheChild);
        entityManager.createQuery("UPDATE RecordRestriction r SET r.reason = :erased, r.liftNote = NULL WHERE r.childId IN :ids")
                .setParameter("erased", "(erased with the record)").setParameter("ids", familyIds).executeUpdate();
        // Released holds stay as evidence that the record was held, but their notes may have named the child.
        entityManager.createQuery("UPDATE LegalHold h SET h.note = :erased, h.releaseNote = :erased WHERE h.childId IN :ids")
                .setParameter("erased", "(erased with the record)").setParameter("ids", familyIds).executeUpdate();
        entityManager.createQuery("DELETE FROM ChildMerge m WHERE m.survivorId IN :ids OR m.mergedId IN :ids")
                .setParameter("ids", familyIds).executeUpdate();
        // Records merged into another go before the one they point to.
        List<Child> mergedFirst = new ArrayList<>(family);
        java.util.Collections.reverse(mergedFirst);
        mergedFirst.forEach(entityManager::remove);
        entityManager.flush();

        String erasureId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        TenantId borough = actingBorough.require();
        fileIds.forEach(fileId -> attachments.deleteWhenCommitted(borough, fileId));

        List<AuditErasure.Subject> subjects = new ArrayList<>();
        for (String id : familyIds) {
            subjects.add(new AuditErasure.Subject("child", id));
            subjects.add(new AuditErasure.Subject("child-allocation", id));
        }
        caseReferences.forEach(reference -> subjects.add(new AuditErasure.Subject("case", reference)));
        Set<String> inTheTrail = new LinkedHashSet<>(identifying);
        inTheTrail.addAll(familyIds);
        inTheTrail.addAll(caseReferences);
        int auditDetails = auditErasure.erase(erasureId, new AuditErasure.Target(subjects, inTheTrail));

        familyIds.forEach(id -> entityManager.persist(new Tombstone(Tombstone.CHILD, id, erasureId, ground, now)));
        caseReferences.forEach(reference -> entityManager.persist(new Tombstone(Tombstone.CASE, reference, erasureId, ground, now)));
        ErasureRecord record = new ErasureRecord(erasureId, ground, actor.username(), now, reason.strip());
        record.counted(familyIds.size(), cases.size(), fileIds.size(), auditDetails);
        entityManager.persist(record);
        audit.record(new AuditEvent(AuditAction.ERASE, SUBJECT, erasureId, AuditOutcome.SUCCESS, reason.strip(),
                "ground: " + ground.name() + "; child records: " + familyIds.size() + "; cases: " + cases.size() + "; files: "
                        + fileIds.size() + "; audit details emptied: " + auditDetails));
        return new Outcome(erasureId, familyIds.size(), cases.size(), fileIds.size(), auditDetails);
    }

    /** The borough's erasures, newest first: the certificates of what was destroyed. */
    @Requires(Permission.ERASE_CHILD_RECORDS)
    public List<ErasureRecord> erasures(int most) {
        return entityManagers.current().createQuery("SELECT e FROM ErasureRecord e ORDER BY e.erasedAt DESC", ErasureRecord.class)
                .setMaxResults(most).getResultList();
    }

    /** The surviving record and every record merged into it, directly or through another; the survivor first. */
    static List<Child> familyOf(EntityManager entityManager, Child named) {
        Child survivor = named;
        Set<String> seen = new LinkedHashSet<>();
        while (survivor.mergedIntoId() != null && seen.add(survivor.id())) {
            Child next = entityManager.find(Child.class, survivor.mergedIntoId());
            if (next == null) {
                break;
            }
            survivor = next;
        }
        List<Child> family = new ArrayList<>();
        Deque<Child> waiting = new ArrayDeque<>(List.of(survivor));
        Set<String> taken = new LinkedHashSet<>();
        while (!waiting.isEmpty()) {
            Child child = waiting.removeFirst();
            if (taken.add(child.id())) {
                family.add(child);
                waiting.addAll(entityManager.createQuery("SELECT c FROM Child c WHERE c.mergedIntoId = :id", Child.class)
                        .setParameter("id", child.id()).getResultList());
            }
        }
        return family;
    }

    /** Every text that would tell who the child was: names, identifiers, birth date, postcodes and carers' details. */
    static Set<String> identifyingText(List<Child> family) {
        Set<String> texts = new LinkedHashSet<>();
        for (Child child : family) {
            texts.add(child.legalName().forename());
            texts.add(child.legalName().middleNames());
            texts.add(child.legalName().surname());
            texts.add(child.legalName().full());
            texts.add(child.preferredForename());
            texts.add(child.preferredSurname());
            child.formerSurnames().stream().map(FormerIdentifier::value).forEach(texts::add);
            child.formerUpns().stream().map(FormerIdentifier::value).forEach(texts::add);
            if (child.upn() != null) {
                texts.add(child.upn().toString());
            }
            texts.add(child.dateOfBirth().toString());
            texts.add(child.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            texts.add(child.dateOfBirth().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
            for (HomeAddress address : child.addresses()) {
                if (address.postcode() != null) {
                    texts.add(address.postcode());
                    texts.add(address.postcode().replace(" ", ""));
                }
            }
            for (CarerContact carer : child.contacts()) {
                texts.add(carer.name());
                texts.add(carer.phone());
                texts.add(carer.otherPhone());
                texts.add(carer.email());
            }
        }
        texts.removeIf(text -> text == null || text.isBlank());
        return texts;
    }

    private static void checkReason(String reason, Set<String> identifying, List<String> familyIds) {
        FieldProblems problems = new FieldProblems();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            problems.add("reason", "Enter the reason for the erasure");
        } else if (text.length() > LONGEST_REASON) {
            problems.add("reason", "The reason must be " + LONGEST_REASON + " characters or fewer");
        } else {
            String lower = text.toLowerCase(Locale.ROOT);
            Set<String> named = new LinkedHashSet<>();
            for (String fragment : identifying) {
                if (fragment.strip().length() >= 3 && lower.contains(fragment.strip().toLowerCase(Locale.ROOT))) {
                    named.add(fragment.strip());
                }
            }
            familyIds.stream().filter(lower::contains).forEach(named::add);
            if (!named.isEmpty()) {
                problems.add("reason", "Leave out " + String.join(", ", named)
                        + ": the reason is kept after the record is erased, so it must not say who the child was");
            }
        }
        problems.throwIfAny();
    }
}
