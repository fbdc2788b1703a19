package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;

/**
 * Tasks across closing and reopening: work the case closed for the officer comes back when the case does;
 * work the officer finished does not.
 */
class CaseReopeningTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final LocalDate LATER = LocalDate.of(2026, 12, 14);
    private static final LocalDate NOTICE = LocalDate.of(2026, 11, 9);

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    /** A home-education case whose one deadline is the first contact: Mon 23 Nov, ten Kingston school days after Mon 9 Nov. */
    private static Case homeEducationWithItsTask() {
        Case ehe = Case.forChild(ServiceArea.ELECTIVE_HOME_EDUCATION, "child-51", 100051, CaseSource.SCHOOL_NOTIFICATION, NOTICE,
                "Parents' letter deregistering the child", "intake.officer", NOW, TODAY);
        ehe.allocate("officer.a", null, "lead.b", NOW, TODAY);
        ehe.recordHomeEducation(new HomeEducation(NOTICE, true, null, null, null, null, null, null, null, TODAY), "officer.a", NOW);
        reconcile(ehe, TODAY);
        return ehe;
    }

    private static void reconcile(Case theCase, LocalDate today) {
        theCase.reconcileTasks(theCase.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE), "system", today);
    }

    private static List<CaseTask> openTasks(Case theCase) {
        return theCase.tasks().stream().filter(task -> !task.done()).toList();
    }

    @Test
    void aTaskClosedWithTheCaseComesBackAsANewOpenTaskWhenTheCaseIsReopened() {
        Case ehe = homeEducationWithItsTask();
        CaseTask closedWithTheCase = ehe.tasks().get(0);
        ehe.close(CaseOutcome.MOVED_ABROAD, "Family said they were moving to Spain", "officer.a", NOW, TODAY);

        ehe.reopen("Family did not move; child seen locally", "lead.b", NOW);
        reconcile(ehe, LATER);

        assertEquals(2, ehe.tasks().size());
        assertTrue(closedWithTheCase.done());
        assertEquals("case closed", closedWithTheCase.doneNote());
        List<CaseTask> open = openTasks(ehe);
        assertEquals(1, open.size());
        CaseTask raisedAgain = open.get(0);
        assertNotEquals(closedWithTheCase.id(), raisedAgain.id());
        assertEquals(DeadlineKind.HOME_EDUCATION_FIRST_CONTACT, raisedAgain.kind());
        assertEquals(LocalDate.of(2026, 11, 23), raisedAgain.dueOn());
        assertEquals("officer.a", raisedAgain.assignedTo());
        assertTrue(raisedAgain.overdueOn(LATER));
    }

    @Test
    void reconcilingAgainAfterReopeningDoesNotRaiseTheTaskTwice() {
        Case ehe = homeEducationWithItsTask();
        ehe.close(CaseOutcome.MOVED_ABROAD, null, "officer.a", NOW, TODAY);
        ehe.reopen("Family did not move", "lead.b", NOW);
        reconcile(ehe, LATER);

        reconcile(ehe, LATER);

        assertEquals(2, ehe.tasks().size());
        assertEquals(1, openTasks(ehe).size());
    }

    @Test
    void aTaskTheOfficerCompletedBeforeClosingDoesNotComeBack() {
        Case ehe = homeEducationWithItsTask();
        CaseTask firstContact = ehe.tasks().get(0);
        ehe.completeTask(firstContact.id(), "Visited; contact notes on file", "officer.a", NOW, TODAY);
        ehe.close(CaseOutcome.MOVED_ABROAD, null, "officer.a", NOW, TODAY);

        ehe.reopen("Family did not move", "lead.b", NOW);
        reconcile(ehe, LATER);

        // The deadline is still computed (no contact is recorded on the case), but the officer's own completion stands.
        assertEquals(1, ehe.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE).size());
        assertEquals(1, ehe.tasks().size());
        assertTrue(firstContact.done());
        assertEquals("officer.a", firstContact.doneBy());
        assertEquals("Visited; contact notes on file", firstContact.doneNote());
        assertEquals(TODAY, firstContact.doneOn());
    }

    @Test
    void aTaskClosedWithTheCaseWhoseDeadlineWasMetMeanwhileDoesNotComeBack() {
        Case ehe = homeEducationWithItsTask();
        CaseTask closedWithTheCase = ehe.tasks().get(0);
        ehe.close(CaseOutcome.MOVED_ABROAD, null, "officer.a", NOW, TODAY);
        ehe.reopen("Family did not move", "lead.b", NOW);

        ehe.addContact(LocalDateTime.of(2026, 12, 14, 9, 30), ContactChannel.FACE_TO_FACE, "Both parents", "Home visit",
                "officer.a", NOW, LocalDateTime.of(2026, 12, 14, 12, 0));
        reconcile(ehe, LATER);

        assertEquals(1, ehe.tasks().size());
        assertTrue(openTasks(ehe).isEmpty());
        // Still the closing's note, not "met": the task was done when the case closed.
        assertEquals("case closed", closedWithTheCase.doneNote());
        assertEquals(TODAY, closedWithTheCase.doneOn());
    }

    @Test
    void aReopenedCaseWithNoDeadlinesGetsNoTasks() {
        Case ehe = homeEducationWithItsTask();
        ehe.addContact(LocalDateTime.of(2026, 11, 10, 14, 0), ContactChannel.TELEPHONE, "Mother", "First call", "officer.a", NOW,
                LocalDateTime.of(2026, 12, 10, 10, 0));
        reconcile(ehe, TODAY);
        ehe.close(CaseOutcome.MOVED_ABROAD, null, "officer.a", NOW, TODAY);

        ehe.reopen("Family did not move", "lead.b", NOW);
        reconcile(ehe, LATER);

        assertEquals(1, ehe.tasks().size());
        CaseTask met = ehe.tasks().get(0);
        assertEquals("met: recorded on the case", met.doneNote());
        assertFalse(ehe.tasks().stream().anyMatch(task -> !task.done()));
    }
}
