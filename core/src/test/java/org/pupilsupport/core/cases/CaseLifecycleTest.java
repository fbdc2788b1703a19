package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;

/**
 * A case's life from referral to closing and reopening, and how its tasks follow its deadlines.
 *
 * <p>A case built here has no number (JPA gives it one), so no test takes a path that quotes the case's
 * reference: {@link CaseReference} refuses number 0.
 */
class CaseLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final LocalDate FIRST_DAY_MISSED = LocalDate.of(2026, 10, 5);

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static Case referred(ServiceArea area) {
        return Case.forChild(area, "child-3", 100003, CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 10, 22),
                "Notified by the school", "intake.officer", NOW, TODAY);
    }

    private static Case healthCaseFor(String officer, int daysMissed, LocalDate countedOn) {
        Case health = referred(ServiceArea.HEALTH_NEEDS);
        health.allocate(officer, "team-south", "lead.b", NOW, TODAY);
        health.recordHealthNeeds(new HealthNeeds(FIRST_DAY_MISSED, daysMissed, countedOn, TODAY), officer, NOW);
        return health;
    }

    private static void reconcile(Case theCase, SchoolDays schoolDays) {
        theCase.reconcileTasks(theCase.deadlines(schoolDays, CaseProtocol.DEFAULT, SuspensionTotals.NONE), "system", TODAY);
    }

    @Test
    void aNewCaseAwaitsAllocation() {
        Case referral = referred(ServiceArea.HEALTH_NEEDS);

        assertEquals(CaseStatus.REFERRED, referral.status());
        assertFalse(referral.status().active());
        assertNull(referral.allocatedOfficer());
        assertNull(referral.openedOn());
        assertEquals("case recorded: Health needs (s19), from school notification of 2026-10-22", referral.history().get(0).description());
    }

    @Test
    void consultancyCannotBeRecordedAgainstAChild() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> referred(ServiceArea.SCHOOL_CONSULTANCY));

        assertEquals("School consultancy is recorded against a school, not a child", refused.getMessage());
    }

    @Test
    void aReferralCannotBeDatedInTheFuture() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Case.forChild(ServiceArea.HEALTH_NEEDS, "child-3", null, CaseSource.PARENT, TODAY.plusDays(1), "Parent rang",
                        "intake.officer", NOW, TODAY));

        assertEquals("A notification or referral cannot be dated in the future", refused.getMessage());
    }

    @Test
    void allocatingOpensTheCaseOnThatDay() {
        Case referral = referred(ServiceArea.HEALTH_NEEDS);

        referral.allocate("officer.a", "team-south", "lead.b", NOW, TODAY);

        assertEquals(CaseStatus.OPEN, referral.status());
        assertEquals(TODAY, referral.openedOn());
        assertEquals("officer.a", referral.allocatedOfficer());
        assertEquals("team-south", referral.teamId());
    }

    @Test
    void reallocatingAnOpenCaseKeepsTheDateItOpened() {
        Case open = referred(ServiceArea.HEALTH_NEEDS);
        open.allocate("officer.a", "team-south", "lead.b", NOW, TODAY);

        open.allocate("officer.c", "team-south", "lead.b", NOW, TODAY.plusDays(5));

        assertEquals(CaseStatus.OPEN, open.status());
        assertEquals(TODAY, open.openedOn());
        assertEquals("officer.c", open.allocatedOfficer());
    }

    @Test
    void aReferralClosesOnlyAsNeedingNoFurtherAction() {
        Case referral = referred(ServiceArea.REDUCED_TIMETABLE);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> referral.close(CaseOutcome.FULL_TIME_RESTORED, null, "lead.b", NOW, TODAY));
        referral.close(CaseOutcome.NO_FURTHER_ACTION, "Already back full time", "lead.b", NOW, TODAY);

        assertEquals("Allocate the case before closing it with an outcome other than no further action", refused.getMessage());
        assertEquals(CaseStatus.CLOSED, referral.status());
        assertEquals(CaseOutcome.NO_FURTHER_ACTION, referral.outcome());
        assertEquals("Already back full time", referral.outcomeNote());
    }

    @Test
    void anOutcomeFromAnotherAreaIsRefused() {
        Case reducedTimetable = referred(ServiceArea.REDUCED_TIMETABLE);
        reducedTimetable.allocate("officer.a", null, "lead.b", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> reducedTimetable.close(CaseOutcome.MOVED_ABROAD, null, "officer.a", NOW, TODAY));

        assertEquals("\"Moved abroad\" is not an outcome of a reduced timetable case", refused.getMessage());
        assertEquals(CaseStatus.OPEN, reducedTimetable.status());
    }

    @Test
    void closingNeedsAnOutcome() {
        Case open = referred(ServiceArea.REDUCED_TIMETABLE);
        open.allocate("officer.a", null, "lead.b", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> open.close(null, null, "officer.a", NOW, TODAY));

        assertEquals("Choose the outcome", refused.getMessage());
    }

    @Test
    void aClosedCaseRefusesChanges() {
        Case closed = referred(ServiceArea.HEALTH_NEEDS);
        closed.allocate("officer.a", null, "lead.b", NOW, TODAY);
        closed.close(CaseOutcome.RETURNED_TO_SCHOOL, null, "officer.a", NOW, TODAY);

        // The refusal's text ("Case ... is closed: reopen it to change it") quotes the case's reference, which an
        // unsaved case cannot build; only the refusal and the unchanged case are checked here.
        assertThrows(IllegalArgumentException.class, () -> closed.allocate("officer.c", null, "lead.b", NOW, TODAY));
        assertThrows(IllegalArgumentException.class, () -> closed.addReview(TODAY, "Checked in", "officer.a", NOW, TODAY));

        assertEquals("officer.a", closed.allocatedOfficer());
        assertEquals(CaseStatus.CLOSED, closed.status());
        assertTrue(closed.reviews().isEmpty());
    }

    @Test
    void aClosedCaseHasNoDeadlines() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));

        health.close(CaseOutcome.RETURNED_TO_SCHOOL, null, "officer.a", NOW, TODAY);

        assertTrue(health.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE).isEmpty());
    }

    @Test
    void onlyAClosedCaseCanBeReopened() {
        Case open = referred(ServiceArea.HEALTH_NEEDS);
        open.allocate("officer.a", null, "lead.b", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> open.reopen("Second admission", "lead.b", NOW));

        assertEquals("Only a closed case can be reopened", refused.getMessage());
    }

    @Test
    void reopeningNeedsAReason() {
        Case closed = referred(ServiceArea.HEALTH_NEEDS);
        closed.close(CaseOutcome.NO_FURTHER_ACTION, null, "lead.b", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> closed.reopen("  ", "lead.b", NOW));

        assertEquals("Enter why the case is reopened", refused.getMessage());
        assertEquals(CaseStatus.CLOSED, closed.status());
    }

    @Test
    void reopeningClearsTheOutcomeAndRecordsTheReason() {
        Case closed = referred(ServiceArea.HEALTH_NEEDS);
        closed.close(CaseOutcome.NO_FURTHER_ACTION, null, "lead.b", NOW, TODAY);

        closed.reopen("Readmitted to hospital", "lead.b", NOW);

        assertEquals(CaseStatus.REOPENED, closed.status());
        assertTrue(closed.status().active());
        assertNull(closed.outcome());
        assertNull(closed.closedOn());
        List<CaseEvent> history = closed.history();
        assertEquals("reopened after closing as \"No further action needed\": Readmitted to hospital",
                history.get(history.size() - 1).description());
    }

    @Test
    void aReopenedCaseCanBeChangedAgainAndStaysReopenedWhenAllocated() {
        Case reopened = referred(ServiceArea.HEALTH_NEEDS);
        reopened.close(CaseOutcome.NO_FURTHER_ACTION, null, "lead.b", NOW, TODAY);
        reopened.reopen("Readmitted to hospital", "lead.b", NOW);

        reopened.allocate("officer.a", null, "lead.b", NOW, TODAY);

        assertEquals("officer.a", reopened.allocatedOfficer());
        assertEquals(CaseStatus.REOPENED, reopened.status());
        // It never opened through allocation, so it has no opening date.
        assertNull(reopened.openedOn());
    }

    @Test
    void aNewDeadlineBecomesATaskForTheAllocatedOfficer() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));

        reconcile(health, kingston());

        assertEquals(1, health.tasks().size());
        CaseTask task = health.tasks().get(0);
        assertEquals(DeadlineKind.HEALTH_PROVISION, task.kind());
        assertEquals("officer.a", task.assignedTo());
        // Nine missed by Thu 22 Oct: the 15th is six school days on, over half term, Fri 6 Nov.
        assertEquals(LocalDate.of(2026, 11, 6), task.dueOn());
        assertEquals("Kingston term dates", task.calendar());
        assertFalse(task.done());
    }

    @Test
    void aTaskCountedOnTheBaselineSaysWhy() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));

        reconcile(health, SchoolDays.baselineBecause("the kingston plugin is not installed"));

        CaseTask task = health.tasks().get(0);
        // The baseline ignores half term: 23, 26, 27, 28, 29, 30 Oct.
        assertEquals(LocalDate.of(2026, 10, 30), task.dueOn());
        assertEquals("baseline calendar (weekdays less English bank holidays), because the kingston plugin is not installed", task.calendar());
    }

    @Test
    void aMovedDeadlineMovesItsTask() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());
        String taskId = health.tasks().get(0).id();

        health.recordHealthNeeds(new HealthNeeds(FIRST_DAY_MISSED, 12, LocalDate.of(2026, 10, 22), TODAY), "officer.a", NOW);
        reconcile(health, kingston());

        // Twelve missed by 22 Oct: three more are Fri 23 Oct, Mon 2 Nov, Tue 3 Nov.
        assertEquals(1, health.tasks().size());
        assertEquals(taskId, health.tasks().get(0).id());
        assertEquals(LocalDate.of(2026, 11, 3), health.tasks().get(0).dueOn());
        assertFalse(health.tasks().get(0).done());
    }

    @Test
    void aDeadlineThatGoesAwayIsDoneByTheCase() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());

        health.recordHealthProvision("Hospital school", new BigDecimal("15"), LocalDate.of(2026, 11, 2), "officer.a", NOW);
        reconcile(health, kingston());

        CaseTask task = health.tasks().get(0);
        assertTrue(task.done());
        assertEquals(TODAY, task.doneOn());
        assertEquals("system", task.doneBy());
        assertEquals("met: recorded on the case", task.doneNote());
    }

    @Test
    void aCorrectedFirstDayIsANewDeadlineAndTheOldTaskIsDone() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());

        health.recordHealthNeeds(new HealthNeeds(LocalDate.of(2026, 10, 6), 9, LocalDate.of(2026, 10, 22), TODAY), "officer.a", NOW);
        reconcile(health, kingston());

        assertEquals(2, health.tasks().size());
        assertEquals(1, health.tasks().stream().filter(CaseTask::done).count());
        assertEquals(1, health.tasks().stream().filter(task -> !task.done()).count());
    }

    @Test
    void aTaskTheOfficerCompletedIsNotRaisedAgain() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());
        String taskId = health.tasks().get(0).id();
        health.completeTask(taskId, "Arranged by phone; paperwork to follow", "officer.a", NOW, TODAY);

        reconcile(health, kingston());

        // The deadline is still computed (no provision recorded yet), but its task stays the completed one.
        assertEquals(1, health.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE).size());
        assertEquals(1, health.tasks().size());
        CaseTask task = health.tasks().get(0);
        assertTrue(task.done());
        assertEquals("officer.a", task.doneBy());
        assertEquals("Arranged by phone; paperwork to follow", task.doneNote());
    }

    /** A statutory deadline is met by the facts; marked done by hand, it needs the officer's reason, kept and shown. */
    @Test
    void aStatutoryDeadlineMarkedDoneByHandNeedsAReasonThatTheHistoryShows() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());
        CaseTask task = health.tasks().get(0);
        assertTrue(task.kind().statutory(), "s19 education is a statutory duty");

        for (String tooShort : java.util.Arrays.asList(null, "  ", "done", "123456789")) {
            org.pupilsupport.core.validation.InvalidCommandException refused = assertThrows(
                    org.pupilsupport.core.validation.InvalidCommandException.class,
                    () -> health.completeTask(task.id(), tooShort, "officer.a", NOW, TODAY), "refused: " + tooShort);
            assertEquals("taskNote", refused.problems().get(0).field());
            assertTrue(refused.getMessage().contains("is a statutory deadline: say what met it"), refused.getMessage());
            assertFalse(task.done());
        }

        health.completeTask(task.id(), "1234567890", "officer.a", NOW, TODAY);
        assertTrue(task.done());
        assertTrue(health.history().stream().map(CaseEvent::description)
                .anyMatch(line -> line.startsWith("task done: ") && line.endsWith(", marked by hand: 1234567890")));
    }

    @Test
    void aDeadlineOfTheBoroughsOwnProtocolNeedsNoReason() {
        assertFalse(DeadlineKind.HOME_EDUCATION_FIRST_CONTACT.statutory());
        assertFalse(DeadlineKind.SUPPORT_PLAN_REVIEW.statutory());
        assertTrue(DeadlineKind.GOVERNORS_MEETING.statutoryBasis().contains("2012"));
    }

    @Test
    void completingATaskTwiceIsRefused() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());
        String taskId = health.tasks().get(0).id();
        health.completeTask(taskId, "Tuition service confirmed by email", "officer.a", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> health.completeTask(taskId, "Tuition service confirmed by email", "officer.a", NOW, TODAY.plusDays(1)));

        assertEquals("This task was already done on 2026-12-10", refused.getMessage());
    }

    @Test
    void theOfficerWhoMarkedATaskDoneCanUndoItAndTheHistoryKeepsBoth() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());
        CaseTask task = health.tasks().get(0);
        health.completeTask(task.id(), "Pressed by mistake", "officer.a", NOW, TODAY);

        health.undoTaskCompletion(task.id(), "officer.a", NOW.plusSeconds(60));

        assertFalse(task.done());
        assertNull(task.doneBy());
        assertNull(task.doneNote());
        List<String> history = health.history().stream().map(CaseEvent::description).toList();
        assertTrue(history.stream().anyMatch(line -> line.startsWith("task done: ")), history.toString());
        assertTrue(history.stream().anyMatch(line -> line.startsWith("task done undone: ") && line.endsWith("is open again")), history.toString());
        // Open again, the task can be done once more, and reconciling raises no second task for the deadline.
        reconcile(health, kingston());
        assertEquals(1, health.tasks().size());
        health.completeTask(task.id(), "Tuition service confirmed by email", "officer.a", NOW, TODAY);
        assertTrue(task.done());
    }

    @Test
    void nobodyElseCanUndoAnOfficersDoneTask() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());
        CaseTask task = health.tasks().get(0);
        health.completeTask(task.id(), "Tuition service confirmed by email", "officer.a", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> health.undoTaskCompletion(task.id(), "lead.b", NOW));

        assertEquals("Only the officer who marked this task done can undo it", refused.getMessage());
        assertTrue(task.done());
        assertEquals("officer.a", task.doneBy());
        assertFalse(task.undoableBy("lead.b"));
        assertTrue(task.undoableBy("officer.a"));
    }

    @Test
    void aTaskMetByTheRecordOrStillOpenHasNothingToUndo() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());
        CaseTask task = health.tasks().get(0);

        assertThrows(IllegalArgumentException.class, () -> health.undoTaskCompletion(task.id(), "officer.a", NOW));

        // With no deadline left due, the case marks the task done itself: no person's "Done" to take back.
        health.reconcileTasks(List.of(), "officer.a", TODAY);
        assertTrue(task.done());
        assertFalse(task.undoableBy("officer.a"));
        assertThrows(IllegalArgumentException.class, () -> health.undoTaskCompletion(task.id(), "officer.a", NOW));
    }

    @Test
    void allocatingMovesOpenTasksToTheNewOfficerButLeavesDoneOnesAlone() {
        Case exclusion = referred(ServiceArea.SUSPENSION_OR_EXCLUSION);
        exclusion.allocate("officer.a", null, "lead.b", NOW, TODAY);
        exclusion.recordExclusion(new Exclusion(ExclusionCategory.PERMANENT, LocalDate.of(2026, 12, 7), null, List.of("PP"),
                LocalDate.of(2026, 12, 7), false, false, TODAY), "officer.a", NOW);
        reconcile(exclusion, kingston());
        CaseTask sixthDay = exclusion.tasks().stream().filter(task -> task.kind() == DeadlineKind.SIXTH_DAY_PROVISION).findFirst().orElseThrow();
        CaseTask governors = exclusion.tasks().stream().filter(task -> task.kind() == DeadlineKind.GOVERNORS_MEETING).findFirst().orElseThrow();
        exclusion.completeTask(sixthDay.id(), "Place at the PRU from 14 Dec", "officer.a", NOW, TODAY);

        exclusion.allocate("officer.c", null, "lead.b", NOW, TODAY);

        assertEquals("officer.c", governors.assignedTo());
        assertEquals("officer.a", sixthDay.assignedTo());
    }

    @Test
    void tasksRaisedBeforeAllocationGoToTheOfficerAllocated() {
        Case referral = referred(ServiceArea.IN_YEAR_TRANSFER);
        referral.recordInYearTransfer(new InYearTransfer(LocalDate.of(2026, 11, 2), true, null, null, null, TODAY), "intake.officer", NOW);
        reconcile(referral, kingston());
        assertNull(referral.tasks().get(0).assignedTo());

        referral.allocate("officer.a", null, "lead.b", NOW, TODAY);

        assertEquals("officer.a", referral.tasks().get(0).assignedTo());
        // 20 school days after Mon 2 Nov on Kingston's calendar: 3-27 Nov (19), Mon 30 Nov (20).
        assertEquals(LocalDate.of(2026, 11, 30), referral.tasks().get(0).dueOn());
    }

    @Test
    void closingCompletesTheOpenTasks() {
        Case health = healthCaseFor("officer.a", 9, LocalDate.of(2026, 10, 22));
        reconcile(health, kingston());

        health.close(CaseOutcome.RETURNED_TO_SCHOOL, "Back full time", "officer.a", NOW, TODAY);

        CaseTask task = health.tasks().get(0);
        assertTrue(task.done());
        assertEquals("case closed", task.doneNote());
        assertEquals("officer.a", task.doneBy());
    }
}
