package org.pupilsupport.core.children.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;

import org.pupilsupport.core.children.BreakGlassAccess;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildAllocation;
import org.pupilsupport.core.children.FormerConcerns;
import org.pupilsupport.core.children.FormerContact;
import org.pupilsupport.core.children.ChildMerge;
import org.pupilsupport.core.children.ChildRepository;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.teams.Team;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Children through the acting borough's entity manager: tenancy is applied by EclipseLink, not here. */
@ApplicationScoped
public class JpaChildRepository implements ChildRepository {

    private static final String ORDER = ChildSearchQueries.ORDER;

    @Inject
    TenantEntityManagers entityManagers;

    @Override
    public Optional<Child> find(String id) {
        return Optional.ofNullable(entityManagers.current().find(Child.class, id));
    }

    @Override
    public void add(Child child) {
        entityManagers.current().persist(child);
    }

    @Override
    public void remove(Child child) {
        entityManagers.current().remove(child);
    }

    @Override
    public List<Child> search(String text, int first, int maxResults) {
        return new ChildSearchQueries(entityManagers.current()).search(text, first, maxResults);
    }

    @Override
    public List<Child> searchIncludingRestricted(String text, int first, int maxResults) {
        return new ChildSearchQueries(entityManagers.current()).searchIncludingRestricted(text, first, maxResults);
    }

    @Override
    public long countMatching(String text) {
        return new ChildSearchQueries(entityManagers.current()).countMatching(text);
    }

    @Override
    public long count() {
        return entityManagers.current().createQuery("SELECT COUNT(c) FROM Child c WHERE c.mergedIntoId IS NULL AND c.restrictedAt IS NULL", Long.class).getSingleResult();
    }

    @Override
    public boolean isKnownTo(String childId, String username, Instant now) {
        return !knownAmong(List.of(childId), username, now).isEmpty();
    }

    @Override
    public Set<String> knownAmong(Collection<String> childIds, String username, Instant now) {
        if (childIds.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new HashSet<>(entityManagers.current().createQuery("SELECT DISTINCT a.childId FROM ChildAllocation a, Team t"
                        + " WHERE a.childId IN :children AND t.id = a.teamId AND :username MEMBER OF t.members", String.class)
                .setParameter("children", childIds).setParameter("username", username).getResultList());
        known.addAll(entityManagers.current().createQuery("SELECT DISTINCT b.childId FROM BreakGlassAccess b"
                        + " WHERE b.childId IN :children AND b.username = :username AND b.expiresAt > :now", String.class)
                .setParameter("children", childIds).setParameter("username", username).setParameter("now", now).getResultList());
        // An officer allocated an open case of a child knows the child, whatever their teams.
        known.addAll(activelyAllocated(childIds, username));
        return known;
    }

    @Override
    public boolean hasActiveCaseAllocatedTo(String childId, String username) {
        return !activelyAllocated(List.of(childId), username).isEmpty();
    }

    private List<String> activelyAllocated(Collection<String> childIds, String username) {
        return entityManagers.current().createQuery("SELECT DISTINCT c.childId FROM CaseFile c WHERE c.childId IN :children"
                        + " AND c.allocatedOfficer = :username AND c.status <> :closed", String.class)
                .setParameter("children", childIds).setParameter("username", username)
                .setParameter("closed", org.pupilsupport.core.cases.CaseStatus.CLOSED).getResultList();
    }

    @Override
    public List<String> teamsOf(String username) {
        return entityManagers.current().createQuery("SELECT t.id FROM Team t WHERE :username MEMBER OF t.members", String.class)
                .setParameter("username", username).getResultList();
    }

    @Override
    public Optional<String> teamName(String teamId) {
        return Optional.ofNullable(teamId == null ? null : entityManagers.current().find(Team.class, teamId)).map(Team::name);
    }

    @Override
    public List<ChildAllocation> allocationsOf(String childId) {
        return entityManagers.current().createQuery("SELECT a FROM ChildAllocation a WHERE a.childId = :child ORDER BY a.allocatedAt",
                ChildAllocation.class).setParameter("child", childId).getResultList();
    }

    @Override
    public void add(ChildAllocation allocation) {
        entityManagers.current().persist(allocation);
    }

    @Override
    public void remove(ChildAllocation allocation) {
        entityManagers.current().remove(allocation);
    }

    @Override
    public void add(BreakGlassAccess access) {
        entityManagers.current().persist(access);
    }

    @Override
    public void add(FormerContact formerContact) {
        entityManagers.current().persist(formerContact);
    }

    @Override
    public void add(FormerConcerns formerConcerns) {
        entityManagers.current().persist(formerConcerns);
    }

    @Override
    public List<FormerContact> formerContactsOf(String childId) {
        return entityManagers.current().createQuery("SELECT f FROM FormerContact f WHERE f.childId = :child ORDER BY f.replacedAt DESC",
                FormerContact.class).setParameter("child", childId).getResultList();
    }

    @Override
    public List<FormerConcerns> formerConcernsOf(String childId) {
        return entityManagers.current().createQuery("SELECT f FROM FormerConcerns f WHERE f.childId = :child ORDER BY f.replacedAt DESC",
                FormerConcerns.class).setParameter("child", childId).getResultList();
    }

    @Override
    public void removeVersionsOf(String childId) {
        formerContactsOf(childId).forEach(entityManagers.current()::remove);
        formerConcernsOf(childId).forEach(entityManagers.current()::remove);
    }

    @Override
    public List<BreakGlassAccess> breakGlassBetween(Instant from, Instant to, int maxResults) {
        return entityManagers.current().createQuery("SELECT b FROM BreakGlassAccess b WHERE b.openedAt >= :from AND b.openedAt < :to"
                        + " ORDER BY b.openedAt DESC", BreakGlassAccess.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(maxResults).getResultList();
    }

    @Override
    public Optional<Child> findByUpn(Upn upn) {
        return entityManagers.current().createQuery("SELECT c FROM Child c WHERE c.upn = :upn", Child.class)
                .setParameter("upn", upn).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Child> findByFormerUpn(String upn) {
        return entityManagers.current().createQuery("SELECT DISTINCT c FROM Child c JOIN c.formerUpns f WHERE f.value = :upn AND c.mergedIntoId IS NULL", Child.class)
                .setParameter("upn", upn).getResultList();
    }

    @Override
    public List<Child> findByNameAndDateOfBirth(String forename, String surname, LocalDate dateOfBirth) {
        return entityManagers.current().createQuery("SELECT c FROM Child c WHERE UPPER(c.legalName.forename) = :forename"
                        + " AND UPPER(c.legalName.surname) = :surname AND c.dateOfBirth = :dob AND c.mergedIntoId IS NULL", Child.class)
                .setParameter("forename", forename.toUpperCase(Locale.ROOT)).setParameter("surname", surname.toUpperCase(Locale.ROOT))
                .setParameter("dob", dateOfBirth).getResultList();
    }

    @Override
    public List<Child> onRollAt(int schoolUrn, int maxResults) {
        return entityManagers.current().createQuery("SELECT DISTINCT c FROM Child c JOIN c.enrolments e WHERE e.schoolUrn = :urn"
                        + " AND e.endDate IS NULL AND c.mergedIntoId IS NULL" + ORDER, Child.class)
                .setParameter("urn", schoolUrn).setMaxResults(maxResults).getResultList();
    }

    @Override
    public void add(ChildMerge merge) {
        entityManagers.current().persist(merge);
    }

    @Override
    public Optional<ChildMerge> findMerge(String mergeId) {
        return Optional.ofNullable(mergeId == null ? null : entityManagers.current().find(ChildMerge.class, mergeId));
    }

    @Override
    public List<ChildMerge> mergesOf(String childId) {
        return entityManagers.current().createQuery("SELECT m FROM ChildMerge m WHERE m.survivorId = :child OR m.mergedId = :child"
                + " ORDER BY m.mergedAt DESC", ChildMerge.class).setParameter("child", childId).getResultList();
    }
}
