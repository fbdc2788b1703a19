package org.pupilsupport.core.cases.infrastructure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.cases.CaseAttachment;
import org.pupilsupport.core.cases.CaseRepository;
import org.pupilsupport.core.cases.CaseStatus;
import org.pupilsupport.core.cases.CaseTask;
import org.pupilsupport.core.cases.ExclusionCategory;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.teams.Team;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

/** Cases through the acting borough's entity manager: EclipseLink adds the borough to every query. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    private static final List<CaseStatus> ACTIVE = List.of(CaseStatus.OPEN, CaseStatus.REOPENED);

    @Inject
    TenantEntityManagers entityManagers;

    @Override
    public void add(Case newCase) {
        entityManagers.current().persist(newCase);
    }

    @Override
    public Optional<Case> find(long number) {
        return Optional.ofNullable(entityManagers.current().find(Case.class, number));
    }

    @Override
    public List<Case> ofChild(String childId) {
        // A record merged into this one brings its cases along, and takes them back if the merge is undone.
        return entityManagers.current().createQuery("SELECT c FROM CaseFile c WHERE c.childId = :child"
                        + " OR c.childId IN (SELECT ch.id FROM Child ch WHERE ch.mergedIntoId = :child)"
                        + " ORDER BY c.referredOn DESC, c.number DESC", Case.class)
                .setParameter("child", childId).getResultList();
    }

    @Override
    public List<Case> suspensionsOf(String childId, LocalDate from) {
        return entityManagers.current().createQuery("SELECT c FROM CaseFile c WHERE (c.childId = :child"
                        + " OR c.childId IN (SELECT ch.id FROM Child ch WHERE ch.mergedIntoId = :child)) AND c.area = :area"
                        + " AND c.exclusion.category = :suspension AND c.exclusion.startDate >= :from", Case.class)
                .setParameter("child", childId).setParameter("area", ServiceArea.SUSPENSION_OR_EXCLUSION)
                .setParameter("suspension", ExclusionCategory.SUSPENSION).setParameter("from", from).getResultList();
    }

    @Override
    public List<Case> activeAllocatedTo(String username) {
        return entityManagers.current().createQuery("SELECT c FROM CaseFile c WHERE c.allocatedOfficer = :officer AND c.status IN :active"
                        + " ORDER BY c.referredOn, c.number", Case.class)
                .setParameter("officer", username).setParameter("active", ACTIVE).getResultList();
    }

    @Override
    public List<Case> activeOfTeams(Collection<String> teamIds, int maxResults) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return entityManagers.current().createQuery("SELECT c FROM CaseFile c WHERE c.teamId IN :teams AND c.status IN :active"
                        + " ORDER BY c.allocatedOfficer, c.referredOn, c.number", Case.class)
                .setParameter("teams", teamIds).setParameter("active", ACTIVE).setMaxResults(maxResults).getResultList();
    }

    @Override
    public List<Case> awaitingAllocation(int maxResults) {
        return entityManagers.current().createQuery("SELECT c FROM CaseFile c WHERE c.status = :referred ORDER BY c.referredOn, c.number", Case.class)
                .setParameter("referred", CaseStatus.REFERRED).setMaxResults(maxResults).getResultList();
    }

    @Override
    public long countAwaitingAllocation() {
        return entityManagers.current().createQuery("SELECT COUNT(c) FROM CaseFile c WHERE c.status = :referred", Long.class)
                .setParameter("referred", CaseStatus.REFERRED).getSingleResult();
    }

    @Override
    public long countAll() {
        return entityManagers.current().createQuery("SELECT COUNT(c) FROM CaseFile c", Long.class).getSingleResult();
    }

    @Override
    public Map<ServiceArea, Long> activeCountsByArea() {
        Map<ServiceArea, Long> counts = new EnumMap<>(ServiceArea.class);
        for (ServiceArea area : ServiceArea.values()) {
            counts.put(area, 0L);
        }
        entityManagers.current().createQuery("SELECT c.area, COUNT(c) FROM CaseFile c WHERE c.status IN :active GROUP BY c.area", Object[].class)
                .setParameter("active", ACTIVE).getResultList()
                .forEach(row -> counts.put((ServiceArea) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public List<CaseTask> openTasksOf(String username, LocalDate until) {
        return entityManagers.current().createQuery("SELECT t FROM CaseTask t WHERE t.assignedTo = :officer AND t.doneOn IS NULL"
                        + " AND t.dueOn <= :until ORDER BY t.dueOn", CaseTask.class)
                .setParameter("officer", username).setParameter("until", until).getResultList();
    }

    @Override
    public List<Case> byNumbers(Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return entityManagers.current().createQuery("SELECT c FROM CaseFile c WHERE c.number IN :numbers", Case.class)
                .setParameter("numbers", numbers).getResultList();
    }

    @Override
    public Map<String, String> childNames(Collection<String> childIds) {
        Map<String, String> names = new HashMap<>();
        if (childIds.isEmpty()) {
            return names;
        }
        entityManagers.current().createQuery("SELECT ch.id, ch.legalName.forename, ch.legalName.surname FROM Child ch WHERE ch.id IN :ids", Object[].class)
                .setParameter("ids", childIds).getResultList()
                .forEach(row -> names.put((String) row[0], row[1] + " " + row[2]));
        return names;
    }

    @Override
    public List<Case> activeAtSchool(int schoolUrn) {
        return entityManagers.current().createQuery("SELECT c FROM CaseFile c WHERE c.schoolUrn = :urn AND c.status IN :active"
                        + " ORDER BY c.referredOn DESC", Case.class)
                .setParameter("urn", schoolUrn).setParameter("active", ACTIVE).getResultList();
    }

    @Override
    public List<Team> teams() {
        return entityManagers.current().createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class).getResultList();
    }

    @Override
    public List<String> teamsOf(String username) {
        return entityManagers.current().createQuery("SELECT t.id FROM Team t WHERE :username MEMBER OF t.members", String.class)
                .setParameter("username", username).getResultList();
    }

    @Override
    public void add(CaseAttachment attachment) {
        entityManagers.current().persist(attachment);
    }

    @Override
    public List<CaseAttachment> attachmentsOf(long caseNumber) {
        return entityManagers.current().createQuery("SELECT a FROM CaseAttachment a WHERE a.caseNumber = :number ORDER BY a.uploadedAt DESC",
                CaseAttachment.class).setParameter("number", caseNumber).getResultList();
    }

    @Override
    public Optional<CaseAttachment> findAttachment(String attachmentId) {
        return Optional.ofNullable(entityManagers.current().find(CaseAttachment.class, attachmentId));
    }
}
