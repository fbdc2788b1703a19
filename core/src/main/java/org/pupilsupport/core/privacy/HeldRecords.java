package org.pupilsupport.core.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pupilsupport.core.audit.AuditErasure;
import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.children.Child;

import jakarta.persistence.EntityManager;

/**
 * The acting borough's records under legal hold at this moment, with the records merged into them and what of the
 * audit trail is about them: what every sweep by date leaves, whatever the DPO approved, since a held record is never
 * disposed of until its hold is released. Read again by each batch, so a hold placed after the review still counts.
 *
 * @param childIds   the held children and those merged into them
 * @param inTheTrail the audit trail's subjects for them: the records, their allocations and their cases
 */
record HeldRecords(Set<String> childIds, List<AuditErasure.Subject> inTheTrail) {

    static HeldRecords now(EntityManager entityManager) {
        Set<String> family = new LinkedHashSet<>();
        for (String held : entityManager.createQuery("SELECT DISTINCT h.childId FROM LegalHold h WHERE h.releasedAt IS NULL", String.class)
                .getResultList()) {
            Child child = entityManager.find(Child.class, held);
            if (child == null) {
                family.add(held);
            } else {
                ChildErasure.familyOf(entityManager, child).forEach(member -> family.add(member.id()));
            }
        }
        List<AuditErasure.Subject> subjects = new ArrayList<>();
        for (String id : family) {
            subjects.add(new AuditErasure.Subject("child", id));
            subjects.add(new AuditErasure.Subject("child-allocation", id));
        }
        if (!family.isEmpty()) {
            entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.childId IN :ids", Case.class).setParameter("ids", List.copyOf(family))
                    .getResultList().forEach(aCase -> subjects.add(new AuditErasure.Subject("case", aCase.reference().toString())));
        }
        return new HeldRecords(Set.copyOf(family), List.copyOf(subjects));
    }

    /** How many of the borough's break-glass records opened before the instant are not about a held record. */
    long breakGlassBefore(EntityManager entityManager, java.time.Instant openedBefore) {
        if (childIds.isEmpty()) {
            return entityManager.createQuery("SELECT COUNT(b) FROM BreakGlassAccess b WHERE b.openedAt < :before", Long.class)
                    .setParameter("before", openedBefore).getSingleResult();
        }
        return entityManager.createQuery("SELECT COUNT(b) FROM BreakGlassAccess b WHERE b.openedAt < :before AND b.childId NOT IN :held", Long.class)
                .setParameter("before", openedBefore).setParameter("held", List.copyOf(childIds)).getSingleResult();
    }

    /** Deletes at most {@code most} of them, oldest first; returns how many. */
    int disposeOfBreakGlassBefore(EntityManager entityManager, java.time.Instant openedBefore, int most) {
        String notHeld = childIds.isEmpty() ? "" : " AND b.childId NOT IN :held";
        jakarta.persistence.TypedQuery<String> select = entityManager.createQuery(
                "SELECT b.id FROM BreakGlassAccess b WHERE b.openedAt < :before" + notHeld + " ORDER BY b.openedAt, b.id", String.class)
                .setParameter("before", openedBefore);
        if (!childIds.isEmpty()) {
            select.setParameter("held", List.copyOf(childIds));
        }
        List<String> ids = select.setMaxResults(most).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return entityManager.createQuery("DELETE FROM BreakGlassAccess b WHERE b.id IN :ids").setParameter("ids", ids).executeUpdate();
    }
}
