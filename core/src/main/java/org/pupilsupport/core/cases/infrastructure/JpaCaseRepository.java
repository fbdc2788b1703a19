package org.pupilsupport.core.cases.infrastructure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.cases.CaseAttachment;
import org.pupilsupport.core.cases.CaseRepository;
import org.pupilsupport.core.cases.CaseTask;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.teams.Team;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

/** Cases through the acting borough's entity manager: tenancy is applied by EclipseLink, not here. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @Inject
    TenantEntityManagers entityManagers;

    private CaseQueries queries() {
        return new CaseQueries(entityManagers.current());
    }

    @Override
    public void add(Case newCase) {
        queries().add(newCase);
    }

    @Override
    public Optional<Case> find(long number) {
        return queries().find(number);
    }

    @Override
    public List<Case> ofChild(String childId) {
        return queries().ofChild(childId);
    }

    @Override
    public List<Case> suspensionsOf(String childId, LocalDate from) {
        return queries().suspensionsOf(childId, from);
    }

    @Override
    public List<Case> activeAllocatedTo(String username) {
        return queries().activeAllocatedTo(username);
    }

    @Override
    public List<Case> activeOfTeams(Collection<String> teamIds, int maxResults) {
        return queries().activeOfTeams(teamIds, maxResults);
    }

    @Override
    public List<Case> awaitingAllocation(int maxResults) {
        return queries().awaitingAllocation(maxResults);
    }

    @Override
    public long countAwaitingAllocation() {
        return queries().countAwaitingAllocation();
    }

    @Override
    public long countAll() {
        return queries().countAll();
    }

    @Override
    public Map<ServiceArea, Long> activeCountsByArea() {
        return queries().activeCountsByArea();
    }

    @Override
    public List<CaseTask> openTasksOf(String username, LocalDate until) {
        return queries().openTasksOf(username, until);
    }

    @Override
    public List<Case> byNumbers(Collection<Long> numbers) {
        return queries().byNumbers(numbers);
    }

    @Override
    public Map<String, String> childNames(Collection<String> childIds) {
        return queries().childNames(childIds);
    }

    @Override
    public List<Case> activeAtSchool(int schoolUrn) {
        return queries().activeAtSchool(schoolUrn);
    }

    @Override
    public List<Team> teams() {
        return queries().teams();
    }

    @Override
    public List<String> teamsOf(String username) {
        return queries().teamsOf(username);
    }

    @Override
    public void add(CaseAttachment attachment) {
        queries().add(attachment);
    }

    @Override
    public List<CaseAttachment> attachmentsOf(long caseNumber) {
        return queries().attachmentsOf(caseNumber);
    }

    @Override
    public Optional<CaseAttachment> findAttachment(String attachmentId) {
        return queries().findAttachment(attachmentId);
    }
}
