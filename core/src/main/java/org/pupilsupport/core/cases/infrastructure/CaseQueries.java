package org.pupilsupport.core.cases.infrastructure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.cases.CaseAttachment;
import org.pupilsupport.core.cases.CaseStatus;
import org.pupilsupport.core.cases.CaseTask;
import org.pupilsupport.core.cases.ExclusionCategory;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.teams.Team;

/**
 * The case queries, on a borough's entity manager (EclipseLink adds the borough to each). Used by
 * {@link JpaCaseRepository} in the server and by the casework benchmark outside it, so both time the same JPQL.
 */
public final class CaseQueries {

    private static final List<CaseStatus> ACTIVE = List.of(CaseStatus.OPEN, CaseStatus.REOPENED);

    /*
     * Queries that pick cases by status send their values written into the SQL rather than bound: planning
     * "STATUS = ?" blind, Derby assumes a quarter of all cases match and reads every case, where the value itself
     * lets it use the status index (the casework benchmark measures the difference). The values are enum names
     * and the borough id, never anything typed.
     */
    private static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

    private final EntityManager entityManager;

    public CaseQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Case newCase) {
        entityManager.persist(newCase);
    }

    /**
     * Lists and counts leave out the cases of a restricted child (UK GDPR Article 18): only the child's own page,
     * opened by someone who already has the record, shows them, read-only.
     */
    private static final String NOT_RESTRICTED = " AND NOT EXISTS (SELECT ch FROM Child ch WHERE ch.id = c.childId AND ch.restrictedAt IS NOT NULL)";

    public Optional<Case> find(long number) {
        return Optional.ofNullable(entityManager.find(Case.class, number));
    }

    public List<Case> ofChild(String childId) {
        return entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.childId IN :children ORDER BY c.referredOn DESC, c.number DESC", Case.class)
                .setParameter("children", recordsOf(childId)).getResultList();
    }

    public List<Case> suspensionsOf(String childId, LocalDate from) {
        return entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.childId IN :children AND c.area = :area"
                        + " AND c.exclusion.category = :suspension AND c.exclusion.startDate >= :from", Case.class)
                .setParameter("children", recordsOf(childId)).setParameter("area", ServiceArea.SUSPENSION_OR_EXCLUSION)
                .setParameter("suspension", ExclusionCategory.SUSPENSION).setParameter("from", from).getResultList();
    }

    /**
     * The child's record and any records merged into it: a merge brings the duplicate's cases along, and takes them
     * back if it is undone. Two indexed look-ups rather than one OR, which would scan every case.
     */
    private List<String> recordsOf(String childId) {
        List<String> records = new java.util.ArrayList<>(List.of(childId));
        records.addAll(entityManager.createQuery("SELECT ch.id FROM Child ch WHERE ch.mergedIntoId = :child", String.class)
                .setParameter("child", childId).getResultList());
        return records;
    }

    public List<Case> activeAllocatedTo(String username) {
        return entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.allocatedOfficer = :officer AND c.status IN :active" + NOT_RESTRICTED
                        + " ORDER BY c.referredOn, c.number", Case.class)
                .setParameter("officer", username).setParameter("active", ACTIVE).getResultList();
    }

    public List<Case> activeOfTeams(Collection<String> teamIds, int maxResults) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.teamId IN :teams AND c.status IN :active" + NOT_RESTRICTED
                        + " ORDER BY c.allocatedOfficer, c.referredOn, c.number", Case.class)
                .setParameter("teams", teamIds).setParameter("active", ACTIVE).setMaxResults(maxResults).getResultList();
    }

    public List<Case> awaitingAllocation(int maxResults) {
        return entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.status = :referred" + NOT_RESTRICTED + " ORDER BY c.referredOn, c.number", Case.class)
                .setHint(BIND_PARAMETERS, "false").setParameter("referred", CaseStatus.REFERRED).setMaxResults(maxResults).getResultList();
    }

    public long countAwaitingAllocation() {
        return entityManager.createQuery("SELECT COUNT(c) FROM CaseFile c WHERE c.status = :referred" + NOT_RESTRICTED, Long.class)
                .setHint(BIND_PARAMETERS, "false").setParameter("referred", CaseStatus.REFERRED).getSingleResult();
    }

    public long countAll() {
        return entityManager.createQuery("SELECT COUNT(c) FROM CaseFile c WHERE 1 = 1" + NOT_RESTRICTED, Long.class).getSingleResult();
    }

    public Map<ServiceArea, Long> activeCountsByArea() {
        Map<ServiceArea, Long> counts = new EnumMap<>(ServiceArea.class);
        for (ServiceArea area : ServiceArea.values()) {
            counts.put(area, 0L);
        }
        entityManager.createQuery("SELECT c.area, COUNT(c) FROM CaseFile c WHERE c.status IN :active" + NOT_RESTRICTED + " GROUP BY c.area", Object[].class)
                .setHint(BIND_PARAMETERS, "false").setParameter("active", ACTIVE).getResultList()
                .forEach(row -> counts.put((ServiceArea) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public List<CaseTask> openTasksOf(String username, LocalDate until) {
        return entityManager.createQuery("SELECT t FROM CaseTask t WHERE t.assignedTo = :officer AND t.doneOn IS NULL"
                        + " AND NOT EXISTS (SELECT ch FROM Child ch WHERE ch.id = t.owner.childId AND ch.restrictedAt IS NOT NULL)"
                        + " AND t.dueOn <= :until ORDER BY t.dueOn", CaseTask.class)
                .setParameter("officer", username).setParameter("until", until).getResultList();
    }

    public List<Case> byNumbers(Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.number IN :numbers", Case.class)
                .setParameter("numbers", numbers).getResultList();
    }

    public Map<String, String> childNames(Collection<String> childIds) {
        Map<String, String> names = new HashMap<>();
        if (childIds.isEmpty()) {
            return names;
        }
        entityManager.createQuery("SELECT ch.id, ch.legalName.forename, ch.legalName.surname FROM Child ch WHERE ch.id IN :ids", Object[].class)
                .setParameter("ids", childIds).getResultList()
                .forEach(row -> names.put((String) row[0], row[1] + " " + row[2]));
        return names;
    }

    public List<Case> activeAtSchool(int schoolUrn) {
        return entityManager.createQuery("SELECT c FROM CaseFile c WHERE c.schoolUrn = :urn AND c.status IN :active" + NOT_RESTRICTED
                        + " ORDER BY c.referredOn DESC", Case.class)
                .setParameter("urn", schoolUrn).setParameter("active", ACTIVE).getResultList();
    }

    public List<Team> teams() {
        return entityManager.createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class).getResultList();
    }

    public List<String> teamsOf(String username) {
        return entityManager.createQuery("SELECT t.id FROM Team t WHERE :username MEMBER OF t.members", String.class)
                .setParameter("username", username).getResultList();
    }

    public void add(CaseAttachment attachment) {
        entityManager.persist(attachment);
    }

    public List<CaseAttachment> attachmentsOf(long caseNumber) {
        return entityManager.createQuery("SELECT a FROM CaseAttachment a WHERE a.caseNumber = :number ORDER BY a.uploadedAt DESC",
                CaseAttachment.class).setParameter("number", caseNumber).getResultList();
    }

    public Optional<CaseAttachment> findAttachment(String attachmentId) {
        return Optional.ofNullable(entityManager.find(CaseAttachment.class, attachmentId));
    }
}
