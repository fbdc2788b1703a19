package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.cases.CaseNotFoundException;
import org.pupilsupport.core.cases.CaseOutcome;
import org.pupilsupport.core.cases.CaseReference;
import org.pupilsupport.core.cases.CaseSource;
import org.pupilsupport.core.cases.CaseStatus;
import org.pupilsupport.core.cases.CaseTask;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.ExclusionNotice;
import org.pupilsupport.core.cases.Casework.NewChildCase;
import org.pupilsupport.core.cases.ContactChannel;
import org.pupilsupport.core.cases.DeadlineKind;
import org.pupilsupport.core.cases.EnquiryKind;
import org.pupilsupport.core.cases.ExclusionCategory;
import org.pupilsupport.core.cases.GoverningBoardDecision;
import org.pupilsupport.core.cases.OfficerDay;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ReasonRequiredException;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Casework on the real server and database: a case's life from notification to closure, deadlines counted on
 * each borough's own calendar and protocol (Richmond's placeholder INSET day on 30 November 2026 moves its
 * deadlines a day later than Kingston's), need to know, and the other borough finding nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CaseworkIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(CaseworkIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    Casework casework;

    @Inject
    ChildRegister children;

    @Inject
    AuditChains chains;

    @Inject
    org.pupilsupport.core.teams.Teams teams;

    /** An officer in a team of their own, and a child that team knows. */
    private record Officer(String username, String teamId, String childId) {
    }

    private Officer officerWithAChild(TenantId borough, BoroughRole role) {
        String username = officers.newAccount("case." + borough.value(), borough, role);
        String teamId = officers.newTeam(borough, username);
        officers.actAs(username, borough);
        String childId = children.register(new NewChild("Ada", null, "Casework" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k"),
                LocalDate.of(2013, 3, 14), null));
        return new Officer(username, teamId, childId);
    }

    private String newCase(Officer officer, ServiceArea area, boolean takeIt) {
        return casework.recordChildCase(new NewChildCase(area, officer.childId(), null, CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 11, 2),
                "Notification from the school", takeIt)).toString();
    }

    private static List<CaseTask> openTasks(Case aCase, DeadlineKind kind) {
        return aCase.tasks().stream().filter(task -> !task.done() && task.kind() == kind).toList();
    }

    @Test
    void aMissingChildIsTracedFromNotificationToClosureWithTheTwentyDayTask() {
        Officer officer = officerWithAChild(KINGSTON, BoroughRole.OFFICER);
        String reference = newCase(officer, ServiceArea.MISSING_EDUCATION, true);

        // First day absent Wednesday 4 November 2026: the 20th school day is 1 December in Kingston.
        casework.recordMissingEducation(reference, "i", LocalDate.of(2026, 11, 4), null, null, null, null);
        Case traced = casework.open(reference);

        assertEquals(CaseStatus.OPEN, traced.status());
        assertEquals(officer.username(), traced.allocatedOfficer());
        assertEquals("I", traced.missingEducation().deletionGround());
        CaseTask twentyDays = openTasks(traced, DeadlineKind.TWENTY_SCHOOL_DAYS_ABSENT).get(0);
        assertEquals(LocalDate.of(2026, 12, 1), twentyDays.dueOn());
        assertEquals(officer.username(), twentyDays.assignedTo());
        assertEquals("Kingston upon Thames term dates", twentyDays.calendar(), "counted on the borough's own calendar");

        IllegalArgumentException untraced = assertThrows(IllegalArgumentException.class,
                () -> casework.close(reference, CaseOutcome.CLOSED_UNTRACED, null));
        assertTrue(untraced.getMessage().contains("lost-pupil area"), untraced.getMessage());

        casework.addEnquiry(reference, EnquiryKind.HOME_VISIT, LocalDate.of(2026, 11, 20), "House empty; neighbours say the family left");
        casework.addEnquiry(reference, EnquiryKind.LOST_PUPIL_DATABASE, LocalDate.of(2026, 11, 27), "Details placed in the lost-pupil area");
        casework.completeTask(reference, twentyDays.id(), "Enquiries done with the school");
        casework.close(reference, CaseOutcome.CLOSED_UNTRACED, "No trace after all enquiries");

        Case closed = casework.open(reference);
        assertEquals(CaseStatus.CLOSED, closed.status());
        assertEquals(CaseOutcome.CLOSED_UNTRACED, closed.outcome());
        assertTrue(closed.tasks().stream().allMatch(CaseTask::done));
        assertEquals(2, closed.enquiries().size());
        assertThrows(IllegalArgumentException.class, () -> casework.addContact(reference, LocalDateTime.of(2026, 11, 28, 10, 0),
                ContactChannel.TELEPHONE, "Parent", "Called back"), "a closed case takes no contact until reopened");

        casework.reopen(reference, "The family was seen in the borough again");
        Case reopened = casework.open(reference);
        assertEquals(CaseStatus.REOPENED, reopened.status());
        assertNull(reopened.outcome());
        assertTrue(reopened.history().stream().anyMatch(event -> event.description().contains("The family was seen in the borough again")));
    }

    @Test
    void onlyTheOfficerWhoMarkedATaskDoneCanUndoItAndTheUndoIsAuditedAndInTheHistory() {
        Officer officer = officerWithAChild(KINGSTON, BoroughRole.OFFICER);
        String reference = newCase(officer, ServiceArea.MISSING_EDUCATION, true);
        casework.recordMissingEducation(reference, "i", LocalDate.of(2026, 11, 4), null, null, null, null);
        CaseTask twentyDays = openTasks(casework.open(reference), DeadlineKind.TWENTY_SCHOOL_DAYS_ABSENT).get(0);
        casework.completeTask(reference, twentyDays.id(), "Pressed by mistake");

        // A colleague in the same team works on the case but did not press "Done": they cannot take it back.
        String colleague = officers.newAccount("colleague", KINGSTON, BoroughRole.OFFICER);
        officers.actAsSystemIn(KINGSTON);
        teams.admit(officer.teamId(), colleague);
        officers.actAs(colleague, KINGSTON);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> casework.undoTaskCompletion(reference, twentyDays.id()));
        assertEquals("Only the officer who marked this task done can undo it", refused.getMessage());
        assertTrue(casework.open(reference).tasks().stream().filter(task -> task.id().equals(twentyDays.id())).allMatch(CaseTask::done));

        officers.actAs(officer.username(), KINGSTON);
        casework.undoTaskCompletion(reference, twentyDays.id());

        Case reopenedTask = casework.open(reference);
        assertEquals(1, openTasks(reopenedTask, DeadlineKind.TWENTY_SCHOOL_DAYS_ABSENT).size(), "the task is open again, not duplicated");
        assertTrue(reopenedTask.history().stream().anyMatch(event -> event.description().startsWith("task done undone: ")
                && officer.username().equals(event.username())), reopenedTask.history().toString());
        officers.actAsSystemIn(KINGSTON);
        assertTrue(chains.entriesAbout("case", reference).stream().anyMatch(entry -> entry.username().equals(officer.username())
                && entry.details() != null && entry.details().startsWith("task done undone: TWENTY_SCHOOL_DAYS_ABSENT")));
    }

    @Test
    void theGovernorsDeadlineFollowsEachBoroughsCalendar() {
        Officer kingston = officerWithAChild(KINGSTON, BoroughRole.OFFICER);
        String kingstonCase = newCase(kingston, ServiceArea.SUSPENSION_OR_EXCLUSION, true);
        ExclusionNotice permanent = new ExclusionNotice(ExclusionCategory.PERMANENT, LocalDate.of(2026, 11, 9), null, List.of("pa", "DB"),
                LocalDate.of(2026, 11, 9), false, false);
        casework.recordExclusion(kingstonCase, permanent);
        Case kingstonExclusion = casework.open(kingstonCase);

        Officer richmond = officerWithAChild(RICHMOND, BoroughRole.OFFICER);
        String richmondCase = newCase(richmond, ServiceArea.SUSPENSION_OR_EXCLUSION, true);
        casework.recordExclusion(richmondCase, permanent);
        Case richmondExclusion = casework.open(richmondCase);

        // 15 school days from Monday 9 November: 30 November in Kingston, 1 December in Richmond (INSET day).
        assertEquals(LocalDate.of(2026, 11, 30), openTasks(kingstonExclusion, DeadlineKind.GOVERNORS_MEETING).get(0).dueOn());
        assertEquals(LocalDate.of(2026, 12, 1), openTasks(richmondExclusion, DeadlineKind.GOVERNORS_MEETING).get(0).dueOn());
        // The authority arranges education from the sixth school day of a permanent exclusion.
        assertEquals(LocalDate.of(2026, 11, 16), openTasks(kingstonExclusion, DeadlineKind.SIXTH_DAY_PROVISION).get(0).dueOn());
        assertEquals(List.of("PA", "DB"), kingstonExclusion.exclusion().reasonCodes());

        officers.actAs(kingston.username(), KINGSTON);
        assertThrows(IllegalArgumentException.class, () -> casework.close(kingstonCase, CaseOutcome.EXCLUSION_UPHELD, null),
                "upheld needs the board's decision first");
        casework.recordGovernorsDecision(kingstonCase, LocalDate.of(2026, 11, 23), GoverningBoardDecision.UPHELD);
        Case afterBoard = casework.open(kingstonCase);
        assertTrue(afterBoard.tasks().stream().anyMatch(task -> task.kind() == DeadlineKind.GOVERNORS_MEETING && task.done()
                && "met: recorded on the case".equals(task.doneNote())), "the meeting's task is done by recording the meeting");
        // Parents may apply for a review within 15 school days of the decision of Monday 23 November: 14 December.
        assertEquals(LocalDate.of(2026, 12, 14), openTasks(afterBoard, DeadlineKind.REVIEW_PANEL_APPLICATION).get(0).dueOn());
        casework.recordExclusionProvision(kingstonCase, "Pupil referral unit, full time", LocalDate.of(2026, 11, 16), new BigDecimal("25"), new BigDecimal("25"));
        casework.close(kingstonCase, CaseOutcome.EXCLUSION_UPHELD, "Review not requested");
        assertEquals(CaseStatus.CLOSED, casework.open(kingstonCase).status());
    }

    @Test
    void suspensionsPastFortyFiveDaysInAYearRaiseATaskToChallengeTheSchool() {
        Officer officer = officerWithAChild(KINGSTON, BoroughRole.OFFICER);
        String first = newCase(officer, ServiceArea.SUSPENSION_OR_EXCLUSION, true);
        casework.recordExclusion(first, new ExclusionNotice(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 9, 14), new BigDecimal("20"),
                List.of("DB"), LocalDate.of(2026, 9, 14), false, false));
        String second = newCase(officer, ServiceArea.SUSPENSION_OR_EXCLUSION, true);
        casework.recordExclusion(second, new ExclusionNotice(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 10, 12), new BigDecimal("20.5"),
                List.of("VA"), LocalDate.of(2026, 10, 12), false, false));

        assertTrue(casework.rulesOf(second).suspensions().near(), "40½ days: warn before the limit passes");
        assertTrue(openTasks(casework.open(second), DeadlineKind.SUSPENSION_CAP_PASSED).isEmpty());

        String third = newCase(officer, ServiceArea.SUSPENSION_OR_EXCLUSION, true);
        casework.recordExclusion(third, new ExclusionNotice(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 11, 16), new BigDecimal("5"),
                List.of("DM"), LocalDate.of(2026, 11, 16), false, false));

        assertTrue(casework.rulesOf(third).suspensions().passed());
        assertEquals(45.5, casework.rulesOf(third).suspensions().daysUsed());
        assertEquals(1, openTasks(casework.open(third), DeadlineKind.SUSPENSION_CAP_PASSED).size());
        // All three fall in Kingston's autumn term 2026, past 15 days: the board must meet within 15 school days.
        assertEquals(1, openTasks(casework.open(third), DeadlineKind.GOVERNORS_MEETING).size());
    }

    @Test
    void reducedTimetableReviewsFollowEachBoroughsProtocol() {
        Officer kingston = officerWithAChild(KINGSTON, BoroughRole.OFFICER);
        String kingstonCase = newCase(kingston, ServiceArea.REDUCED_TIMETABLE, true);
        casework.recordReducedTimetable(kingstonCase, LocalDate.of(2026, 11, 2), new BigDecimal("12.5"), new BigDecimal("32.5"),
                LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 29), "Anxiety after a long absence");
        Case kingstonTimetable = casework.open(kingstonCase);

        Officer richmond = officerWithAChild(RICHMOND, BoroughRole.OFFICER);
        String richmondCase = newCase(richmond, ServiceArea.REDUCED_TIMETABLE, true);
        casework.recordReducedTimetable(richmondCase, LocalDate.of(2026, 11, 2), new BigDecimal("12.5"), new BigDecimal("32.5"),
                LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 29), "Anxiety after a long absence");
        Case richmondTimetable = casework.open(richmondCase);

        // Kingston reviews every 10 school days, Richmond every 20 (placeholder protocols, plugin API 1.2).
        assertEquals(LocalDate.of(2026, 11, 16), openTasks(kingstonTimetable, DeadlineKind.REDUCED_TIMETABLE_REVIEW).get(0).dueOn());
        assertEquals(LocalDate.of(2026, 12, 1), openTasks(richmondTimetable, DeadlineKind.REDUCED_TIMETABLE_REVIEW).get(0).dueOn());
        // Kingston lets one run 30 school days from the start: 11 December, before the planned end, so flagged.
        assertEquals(LocalDate.of(2026, 12, 11), openTasks(kingstonTimetable, DeadlineKind.REDUCED_TIMETABLE_LIMIT).get(0).dueOn());

        officers.actAs(kingston.username(), KINGSTON);
        casework.addReview(kingstonCase, LocalDate.of(2026, 11, 13), "Hours to rise to 18 from next week");
        Case reviewed = casework.open(kingstonCase);
        assertEquals(LocalDate.of(2026, 11, 27), openTasks(reviewed, DeadlineKind.REDUCED_TIMETABLE_REVIEW).get(0).dueOn(),
                "the next review counts from the last one");
        assertEquals(1, reviewed.tasks().stream().filter(task -> task.kind() == DeadlineKind.REDUCED_TIMETABLE_REVIEW && task.done()).count());
    }

    @Test
    void aNotificationWaitsForASeniorOfficerWhoseAllocationLetsTheOfficerKnowTheChild() {
        Officer intake = officerWithAChild(KINGSTON, BoroughRole.OFFICER);
        String reference = newCase(intake, ServiceArea.HEALTH_NEEDS, false);
        String caseworker = officers.newAccount("case.worker", KINGSTON, BoroughRole.OFFICER);
        String senior = officers.newAccount("case.senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        String otherTeam = officers.newTeam(KINGSTON, caseworker);
        // The senior officer allocates to a team of which they are not a member: for their own team they would need to know the child or give a reason.
        officers.newTeam(KINGSTON, senior);

        officers.actAs(caseworker, KINGSTON);
        assertThrows(ReasonRequiredException.class, () -> casework.open(reference), "no need to know yet");
        assertInstanceOf(ChildRecordAccess.ReasonRequired.class, children.open(intake.childId()));

        officers.actAs(senior, KINGSTON);
        OfficerDay seniorsDay = casework.myDay();
        assertTrue(seniorsDay.awaitingAllocation().stream().anyMatch(summary -> summary.reference().toString().equals(reference)));
        casework.allocate(reference, otherTeam, caseworker);

        officers.actAs(caseworker, KINGSTON);
        Case allocated = casework.open(reference);
        assertEquals(CaseStatus.OPEN, allocated.status());
        assertInstanceOf(ChildRecordAccess.Granted.class, children.open(intake.childId()), "an allocated case is a way of knowing the child");
        casework.recordHealthNeeds(reference, LocalDate.of(2026, 11, 2), 9, LocalDate.of(2026, 11, 12), null, null);
        OfficerDay day = casework.myDay();
        assertTrue(day.myCases().stream().anyMatch(summary -> summary.reference().toString().equals(reference)));
        // 9 days missed by Thursday 12 November: the 15th is 6 school days on, 20 November.
        assertTrue(day.tasks().stream().anyMatch(task -> task.reference().toString().equals(reference)
                && task.kind() == DeadlineKind.HEALTH_PROVISION && task.dueOn().equals(LocalDate.of(2026, 11, 20)) && task.overdue()));
        assertTrue(day.activeByArea().get(ServiceArea.HEALTH_NEEDS) >= 1);

        casework.addContact(reference, LocalDateTime.of(2026, 11, 19, 14, 30), ContactChannel.VIDEO_CALL, "Mother; school nurse",
                "Agreed home tuition while recovering");
        casework.recordHealthProvision(reference, "Malden Oaks tuition service", new BigDecimal("10"), LocalDate.of(2026, 11, 23));
        assertTrue(openTasks(casework.open(reference), DeadlineKind.HEALTH_PROVISION).isEmpty());
        assertTrue(casework.timelineOf(intake.childId()).stream().anyMatch(entry -> entry.what().startsWith("Video call with Mother; school nurse")));
        casework.close(reference, CaseOutcome.RETURNED_TO_SCHOOL, null);
    }

    @Test
    void mergingADuplicateBringsItsCasesAndSuspensionsToTheSurvivingRecord() {
        Officer senior = officerWithAChild(KINGSTON, BoroughRole.SENIOR_OFFICER);
        String duplicate = children.register(new NewChild("Ada", null, "Duplicate" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "d"),
                LocalDate.of(2013, 3, 14), null));
        String onDuplicate = casework.recordChildCase(new NewChildCase(ServiceArea.SUSPENSION_OR_EXCLUSION, duplicate, null,
                CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 9, 14), "First suspension, recorded on the duplicate", true)).toString();
        casework.recordExclusion(onDuplicate, new ExclusionNotice(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 9, 14), new BigDecimal("30"),
                List.of("DB"), LocalDate.of(2026, 9, 14), false, false));

        children.merge(senior.childId(), duplicate);
        String onSurvivor = newCase(senior, ServiceArea.SUSPENSION_OR_EXCLUSION, true);
        casework.recordExclusion(onSurvivor, new ExclusionNotice(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 11, 16), new BigDecimal("20"),
                List.of("DM"), LocalDate.of(2026, 11, 16), false, false));

        assertEquals(Set.of(onDuplicate, onSurvivor), casework.casesOfChild(senior.childId()).stream()
                .map(summary -> summary.reference().toString()).collect(Collectors.toSet()));
        assertTrue(casework.rulesOf(onSurvivor).suspensions().passed(), "30 + 20 days of one child, across both records, pass the limit");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> newCase(new Officer(senior.username(),
                senior.teamId(), duplicate), ServiceArea.HEALTH_NEEDS, true));
        assertTrue(refused.getMessage().contains("merged"), refused.getMessage());
    }

    @Test
    void anOfficerCannotTakeACaseForAChildTheyDoNotKnow() {
        Officer knowing = officerWithAChild(KINGSTON, BoroughRole.OFFICER);
        String stranger = officers.newAccount("case.stranger", KINGSTON, BoroughRole.OFFICER);
        officers.actAs(stranger, KINGSTON);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> casework.recordChildCase(new NewChildCase(
                ServiceArea.MANAGED_MOVE, knowing.childId(), null, CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 11, 2), "Move proposed", true)));
        assertTrue(refused.getMessage().contains("wait for allocation"), refused.getMessage());
        officers.actAs(knowing.username(), KINGSTON);
        assertEquals(List.of(), casework.casesOfChild(knowing.childId()), "a refused case leaves nothing behind");
    }

    @Test
    void badFactsAreRefusedWithAMessageAndChangeNothing() {
        Officer officer = officerWithAChild(KINGSTON, BoroughRole.OFFICER);
        String reference = newCase(officer, ServiceArea.SUSPENSION_OR_EXCLUSION, true);
        int historyBefore = casework.open(reference).history().size();

        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> casework.recordExclusion(reference,
                new ExclusionNotice(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 11, 9), BigDecimal.ONE, List.of("DB", "VA", "DM", "TH"),
                        LocalDate.of(2026, 11, 9), false, false)));
        assertTrue(tooMany.getMessage().contains("at most 3 reasons"), tooMany.getMessage());
        IllegalArgumentException unknownCode = assertThrows(IllegalArgumentException.class, () -> casework.recordExclusion(reference,
                new ExclusionNotice(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 11, 9), BigDecimal.ONE, List.of("ZZ"),
                        LocalDate.of(2026, 11, 9), false, false)));
        assertTrue(unknownCode.getMessage().contains("exclusion-reason"), unknownCode.getMessage());
        assertThrows(IllegalArgumentException.class, () -> casework.recordExclusion(reference, new ExclusionNotice(ExclusionCategory.SUSPENSION,
                LocalDate.of(2026, 11, 9), new BigDecimal("1.25"), List.of("DB"), LocalDate.of(2026, 11, 9), false, false)), "quarter days");
        assertThrows(IllegalArgumentException.class, () -> casework.recordMissingEducation(reference, "I", LocalDate.of(2026, 11, 4), null, null, null, null),
                "not a missing-education case");

        Case unchanged = casework.open(reference);
        assertNull(unchanged.exclusion());
        assertNull(unchanged.missingEducation());
        assertEquals(historyBefore, unchanged.history().size());
        assertTrue(unchanged.tasks().isEmpty());
    }

    @Test
    void theOtherBoroughFindsNoCaseAndItsAttemptIsAudited() {
        Officer kingston = officerWithAChild(KINGSTON, BoroughRole.SENIOR_OFFICER);
        String reference = newCase(kingston, ServiceArea.MISSING_EDUCATION, false);
        Officer richmond = officerWithAChild(RICHMOND, BoroughRole.SENIOR_OFFICER);

        officers.actAs(richmond.username(), RICHMOND);
        assertThrows(CaseNotFoundException.class, () -> casework.open(reference));
        assertThrows(CaseNotFoundException.class, () -> casework.close(reference, CaseOutcome.NO_FURTHER_ACTION, "attack"));
        assertThrows(CaseNotFoundException.class, () -> casework.allocate(reference, richmond.teamId(), richmond.username()));
        assertThrows(CaseNotFoundException.class, () -> casework.addContact(reference, LocalDateTime.of(2026, 11, 20, 9, 0), ContactChannel.EMAIL,
                "x", "y"));
        Set<String> richmondAwaiting = casework.myDay().awaitingAllocation().stream().map(summary -> summary.reference().toString())
                .collect(Collectors.toSet());
        assertFalse(richmondAwaiting.contains(reference));
        assertThrows(RuntimeException.class, () -> casework.casesOfChild(kingston.childId()));

        officers.actAsSystemIn(RICHMOND);
        long notFound = chains.entriesAbout("case", reference).stream().filter(entry -> entry.outcome() == AuditOutcome.NOT_FOUND).count();
        assertEquals(4, notFound, "each attempt leaves a not-found entry in Richmond's trail");

        officers.actAs(kingston.username(), KINGSTON);
        Case untouched = casework.open(reference);
        assertEquals(CaseStatus.REFERRED, untouched.status());
        assertTrue(untouched.contacts().isEmpty());
        assertEquals(CaseReference.parse(reference), untouched.reference());
    }

    @Test
    void theAllocationListNamesEachPersonOnceWithAllTheirTeams() {
        String twoTeams = officers.newAccount("two.teams", KINGSTON, BoroughRole.OFFICER);
        String first = officers.newTeam(KINGSTON, twoTeams);
        String second = officers.newTeam(KINGSTON, twoTeams);
        String senior = officers.newAccount("choosing.senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        officers.actAs(senior, KINGSTON);
        List<Casework.AllocationChoice> choices = casework.allocationChoices().stream()
                .filter(choice -> choice.username().equals(twoTeams)).toList();
        assertEquals(1, choices.size(), "one line for the person, however many teams they are in");
        assertEquals("Test two.teams", choices.get(0).name(), "shown by name, not username");
        assertEquals(2, choices.get(0).teamNames().size());
        assertTrue(List.of(first, second).contains(choices.get(0).teamId()));
    }
}
