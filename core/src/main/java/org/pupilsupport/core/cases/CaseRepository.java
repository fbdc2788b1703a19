package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pupilsupport.core.teams.Team;

/** The acting borough's cases. Tenancy is applied beneath this interface, never passed in. */
public interface CaseRepository {

    void add(Case newCase);

    Optional<Case> find(long number);

    /** The child's cases, including those of records merged into this one. */
    List<Case> ofChild(String childId);

    /**
     * The child's suspensions starting from {@code from} onwards (for the yearly limit and the term total),
     * including those of records merged into this one.
     */
    List<Case> suspensionsOf(String childId, LocalDate from);

    /** Open or reopened cases allocated to the officer, oldest referral first. */
    List<Case> activeAllocatedTo(String username);

    /** Open or reopened cases of the given teams. */
    List<Case> activeOfTeams(Collection<String> teamIds, int maxResults);

    List<Case> awaitingAllocation(int maxResults);

    long countAwaitingAllocation();

    /** Every case of the borough, whatever its status. */
    long countAll();

    /** Open and reopened cases by area, for the dashboard's chart. */
    Map<ServiceArea, Long> activeCountsByArea();

    /** The officer's tasks not yet done and due on or before {@code until}, overdue first. */
    List<CaseTask> openTasksOf(String username, LocalDate until);

    List<Case> byNumbers(Collection<Long> numbers);

    /** Child id to "Forename Surname", for lists that name the child. */
    Map<String, String> childNames(Collection<String> childIds);

    /** Active cases of a school. */
    List<Case> activeAtSchool(int schoolUrn);

    /** The borough's teams, with their members, for allocation. */
    List<Team> teams();

    /** The ids of the teams the officer belongs to. */
    List<String> teamsOf(String username);

    void add(CaseAttachment attachment);

    List<CaseAttachment> attachmentsOf(long caseNumber);

    Optional<CaseAttachment> findAttachment(String attachmentId);
}
