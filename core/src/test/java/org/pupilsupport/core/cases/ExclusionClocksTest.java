package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.InvalidCommandException;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;

/**
 * The clocks of the 2012 Regulations and the 2007 Regulations as their text words them: the board's own receipt,
 * a missed examination, posted notices, the panel's meeting, the board's reconsideration, consecutive suspensions and
 * cancellations. Every date is counted by hand on Kingston's 2026/27 term dates (autumn ends Fri 18 Dec, spring runs
 * Mon 4 Jan to Thu 25 Mar with half term 15-19 Feb).
 */
class ExclusionClocksTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final SuspensionAllowance FEW_THIS_YEAR = new SuspensionAllowance(12);
    private static final LocalDate END_OF_YEAR = LocalDate.of(2027, 7, 21);
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static Exclusion.Circumstances boardTold(LocalDate on) {
        return new Exclusion.Circumstances(on, null, false, false, false, null);
    }

    private static Exclusion permanent(LocalDate start) {
        return new Exclusion(ExclusionCategory.PERMANENT, start, null, List.of("PP"), start, false, false, TODAY);
    }

    private static Exclusion suspension(int sessions, LocalDate start) {
        return new Exclusion(ExclusionCategory.SUSPENSION, start, sessions, List.of("PD"), start, false, false, END_OF_YEAR);
    }

    private static Optional<Deadline> deadline(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst();
    }

    @Test
    void theBoardsFifteenDaysRunFromItsOwnReceiptOfTheNotice() {
        Exclusion exclusion = new Exclusion(ExclusionCategory.PERMANENT, LocalDate.of(2026, 12, 7), null, List.of("PP"), LocalDate.of(2026, 12, 7),
                false, false, boardTold(LocalDate.of(2026, 12, 9)), TODAY);

        Deadline governors = deadline(exclusion.deadlines(kingston(), 0, FEW_THIS_YEAR), DeadlineKind.GOVERNORS_MEETING).orElseThrow();

        // After Wed 9 Dec: 10-11 Dec (2), 14-18 Dec (7); spring from Mon 4 Jan: 4-8 Jan (12), 11-13 Jan (15).
        assertEquals(LocalDate.of(2027, 1, 13), governors.due().date());
        assertEquals("GOVERNORS_MEETING:2026-12-09", governors.key());
    }

    @Test
    void withoutTheBoardsReceiptTheClockSaysItCountsFromTheAuthoritys() {
        Deadline governors = deadline(permanent(LocalDate.of(2026, 12, 7)).deadlines(kingston(), 0, FEW_THIS_YEAR), DeadlineKind.GOVERNORS_MEETING)
                .orElseThrow();

        assertEquals(LocalDate.of(2027, 1, 11), governors.due().date());
        assertTrue(governors.detail().contains("board's own receipt is not recorded"), governors.detail());
    }

    @Test
    void aMissedExaminationBringsTheMeetingBeforeTheExamination() {
        Exclusion beforeTheExam = new Exclusion(ExclusionCategory.SUSPENSION, LocalDate.of(2027, 3, 1), 4, List.of("PD"), LocalDate.of(2027, 3, 1),
                true, false, new Exclusion.Circumstances(null, LocalDate.of(2027, 3, 11), false, false, false, null), TODAY);
        Exclusion examAfterTheFifteenDays = new Exclusion(ExclusionCategory.SUSPENSION, LocalDate.of(2027, 3, 1), 4, List.of("PD"),
                LocalDate.of(2027, 3, 1), true, false, new Exclusion.Circumstances(null, LocalDate.of(2027, 3, 23), false, false, false, null), TODAY);

        Deadline early = deadline(beforeTheExam.deadlines(kingston(), 4, FEW_THIS_YEAR), DeadlineKind.GOVERNORS_MEETING).orElseThrow();
        Deadline usual = deadline(examAfterTheFifteenDays.deadlines(kingston(), 4, FEW_THIS_YEAR), DeadlineKind.GOVERNORS_MEETING).orElseThrow();

        // The exam on Thu 11 Mar comes before the 15th school day, so the meeting is due the day before it.
        assertEquals(LocalDate.of(2027, 3, 10), early.due().date());
        assertTrue(early.detail().contains("before the public examination on 2027-03-11"), early.detail());
        // After Mon 1 Mar: 2-5 Mar (4), 8-12 (9), 15-19 (14), Mon 22 Mar (15): before the exam of Tue 23 Mar.
        assertEquals(LocalDate.of(2027, 3, 22), usual.due().date());
    }

    @Test
    void anExaminationDateNeedsTheExaminationTicked() {
        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> new Exclusion(ExclusionCategory.SUSPENSION,
                LocalDate.of(2027, 3, 1), 4, List.of("PD"), LocalDate.of(2027, 3, 1), false, false,
                new Exclusion.Circumstances(null, LocalDate.of(2027, 3, 11), false, false, false, null), TODAY));

        assertEquals("Tick that the pupil misses a public examination, or leave its date out", refused.problems().get(0).message());
        assertEquals("publicExamOn", refused.problems().get(0).field());
    }

    @Test
    void aPostedNoticeIsGivenOnTheSecondWorkingDayAfterPosting() {
        // Mon 1 Feb: Tue 2 (1), Wed 3 (2).
        assertEquals(LocalDate.of(2027, 2, 3), Exclusion.givenOn(LocalDate.of(2027, 2, 1), true));
        // Good Friday 26 Mar: Easter Monday 29 Mar is a bank holiday, so Tue 30 (1), Wed 31 (2).
        assertEquals(LocalDate.of(2027, 3, 31), Exclusion.givenOn(LocalDate.of(2027, 3, 26), true));
        // Fri 30 Apr across the month end: Mon 3 May is the early May bank holiday, so Tue 4 (1), Wed 5 (2).
        assertEquals(LocalDate.of(2027, 5, 5), Exclusion.givenOn(LocalDate.of(2027, 4, 30), true));
        // Wed 23 Dec 2026: Thu 24 (1); Christmas Fri 25, Boxing Day's substitute Mon 28; Tue 29 (2).
        assertEquals(LocalDate.of(2026, 12, 29), Exclusion.givenOn(LocalDate.of(2026, 12, 23), true));
        // Delivered by hand: given that day.
        assertEquals(LocalDate.of(2027, 2, 1), Exclusion.givenOn(LocalDate.of(2027, 2, 1), false));
    }

    @Test
    void theReviewApplicationWindowRunsFromWhenTheBoardsNoticeWasGiven() {
        Exclusion posted = permanent(LocalDate.of(2027, 1, 18));
        posted.recordGovernorsDecision(LocalDate.of(2027, 2, 1), GoverningBoardDecision.UPHELD, LocalDate.of(2027, 2, 1), true, TODAY);

        Deadline application = deadline(posted.deadlines(kingston(), 0, FEW_THIS_YEAR), DeadlineKind.REVIEW_PANEL_APPLICATION).orElseThrow();

        // Given Wed 3 Feb; after it: 4-5 Feb (2), 8-12 Feb (7), half term, 22-26 Feb (12), 1-3 Mar (15).
        assertEquals(LocalDate.of(2027, 3, 3), application.due().date());
        assertEquals("REVIEW_PANEL_APPLICATION:2027-02-03", application.key());
    }

    @Test
    void aNoticeOfTheDecisionCannotPrecedeTheMeeting() {
        Exclusion exclusion = permanent(LocalDate.of(2027, 1, 18));

        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> exclusion.recordGovernorsDecision(LocalDate.of(2027, 2, 1),
                GoverningBoardDecision.UPHELD, LocalDate.of(2027, 1, 29), false, TODAY));

        assertEquals("noticeOn", refused.problems().get(0).field());
        assertNull(exclusion.governorsMetOn());
    }

    @Test
    void thePanelMustMeetWithinFifteenSchoolDaysOfTheApplication() {
        Exclusion exclusion = permanent(LocalDate.of(2027, 1, 18));
        exclusion.recordGovernorsDecision(LocalDate.of(2027, 2, 1), GoverningBoardDecision.UPHELD, TODAY);
        exclusion.recordReviewPanel(LocalDate.of(2027, 2, 10), null, null, TODAY);

        Deadline meeting = deadline(exclusion.deadlines(kingston(), 0, FEW_THIS_YEAR), DeadlineKind.REVIEW_PANEL_MEETING).orElseThrow();

        // After Wed 10 Feb: 11-12 Feb (2), half term, 22-26 Feb (7), 1-5 Mar (12), 8-10 Mar (15).
        assertEquals(LocalDate.of(2027, 3, 10), meeting.due().date());
    }

    @Test
    void aBoardSentBackMustReconsiderWithinTenSchoolDaysOfBeingNotified() {
        LocalDate later = LocalDate.of(2027, 3, 2);
        Exclusion delivered = permanent(LocalDate.of(2027, 1, 18));
        delivered.recordGovernorsDecision(LocalDate.of(2027, 2, 1), GoverningBoardDecision.UPHELD, later);
        delivered.recordReviewPanel(LocalDate.of(2027, 2, 10), ReviewPanelDecision.QUASHED_AND_DIRECTED_RECONSIDERATION, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 2), false, later);
        Exclusion posted = permanent(LocalDate.of(2027, 1, 18));
        posted.recordGovernorsDecision(LocalDate.of(2027, 2, 1), GoverningBoardDecision.UPHELD, later);
        posted.recordReviewPanel(LocalDate.of(2027, 2, 10), ReviewPanelDecision.RECOMMENDED_RECONSIDERATION, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 2), true, later);

        // Delivered Tue 2 Mar: 3-5 Mar (3), 8-12 (8), 15-16 (10).
        assertEquals(LocalDate.of(2027, 3, 16),
                deadline(delivered.deadlines(kingston(), 0, FEW_THIS_YEAR), DeadlineKind.BOARD_RECONSIDERATION).orElseThrow().due().date());
        // Posted Tue 2 Mar, given Thu 4 Mar: Fri 5 (1), 8-12 (6), 15-18 (10).
        assertEquals(LocalDate.of(2027, 3, 18),
                deadline(posted.deadlines(kingston(), 0, FEW_THIS_YEAR), DeadlineKind.BOARD_RECONSIDERATION).orElseThrow().due().date());

        delivered.recordReconsideration(LocalDate.of(2027, 3, 2), GoverningBoardDecision.REINSTATED, later);
        assertTrue(deadline(delivered.deadlines(kingston(), 0, FEW_THIS_YEAR), DeadlineKind.BOARD_RECONSIDERATION).isEmpty());
        assertEquals("Record the decision that reinstated the pupil before closing", posted.closingProblem(CaseOutcome.REINSTATED));
        assertNull(delivered.closingProblem(CaseOutcome.REINSTATED));
        assertEquals("On reconsidering, the board reinstated the pupil: close the case as reinstated",
                delivered.closingProblem(CaseOutcome.EXCLUSION_UPHELD));
    }

    @Test
    void aPanelThatUpheldTheDecisionSendsNothingBackToReconsider() {
        Exclusion exclusion = permanent(LocalDate.of(2027, 1, 18));
        exclusion.recordGovernorsDecision(LocalDate.of(2027, 2, 1), GoverningBoardDecision.UPHELD, TODAY);
        exclusion.recordReviewPanel(LocalDate.of(2027, 2, 10), ReviewPanelDecision.UPHELD, LocalDate.of(2027, 3, 1), TODAY);

        assertTrue(deadline(exclusion.deadlines(kingston(), 0, FEW_THIS_YEAR), DeadlineKind.BOARD_RECONSIDERATION).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> exclusion.recordReconsideration(TODAY, GoverningBoardDecision.REINSTATED, TODAY));
    }

    @Test
    void consecutiveSuspensionsCountAsOneRunForTheSixthDay() {
        Exclusion threeDays = suspension(6, LocalDate.of(2027, 3, 8));

        List<Deadline> alone = threeDays.deadlines(kingston(), new SuspensionTotals(6, FEW_THIS_YEAR, 0));
        List<Deadline> afterThreeDays = threeDays.deadlines(kingston(), new SuspensionTotals(12, FEW_THIS_YEAR, 6));
        List<Deadline> afterFiveDays = threeDays.deadlines(kingston(), new SuspensionTotals(16, FEW_THIS_YEAR, 10));

        assertTrue(deadline(alone, DeadlineKind.SIXTH_DAY_PROVISION).isEmpty());
        // Three days just before: Mon 8 Mar is the 4th consecutive day, so the 6th is Wed 10 Mar.
        assertEquals(LocalDate.of(2027, 3, 10), deadline(afterThreeDays, DeadlineKind.SIXTH_DAY_PROVISION).orElseThrow().due().date());
        // Five days just before: the 6th consecutive day is this suspension's first, Mon 8 Mar.
        assertEquals(LocalDate.of(2027, 3, 8), deadline(afterFiveDays, DeadlineKind.SIXTH_DAY_PROVISION).orElseThrow().due().date());
    }

    @Test
    void suspensionsChainWhenNoSchoolDayFallsBetweenThem() {
        Case first = suspensionCase(suspension(6, LocalDate.of(2027, 3, 3)));     // Wed 3 to Fri 5 Mar
        Case second = suspensionCase(suspension(6, LocalDate.of(2027, 3, 8)));    // Mon 8 Mar: the next school day
        Case beforeHalfTerm = suspensionCase(suspension(6, LocalDate.of(2027, 2, 10))); // Wed 10 to Fri 12 Feb
        Case afterHalfTerm = suspensionCase(suspension(4, LocalDate.of(2027, 2, 22)));  // Mon 22 Feb, after half term
        Case withAGap = suspensionCase(suspension(4, LocalDate.of(2027, 3, 3)));  // Wed 3 to Thu 4 Mar; Fri 5 in school

        assertEquals(6, CaseDeadlines.consecutiveSessionsBefore(second.exclusion(), List.of(first, second), kingston()));
        assertEquals(6, CaseDeadlines.consecutiveSessionsBefore(afterHalfTerm.exclusion(), List.of(beforeHalfTerm, afterHalfTerm), kingston()));
        assertEquals(0, CaseDeadlines.consecutiveSessionsBefore(second.exclusion(), List.of(withAGap, second), kingston()));
        // A run of three: 10-12 Feb, 22-23 Feb, then Wed 24 Feb.
        Case third = suspensionCase(suspension(2, LocalDate.of(2027, 2, 24)));
        assertEquals(10, CaseDeadlines.consecutiveSessionsBefore(third.exclusion(), List.of(beforeHalfTerm, afterHalfTerm, third), kingston()));
    }

    private static Case suspensionCase(Exclusion exclusion) {
        Case aCase = Case.forChild(ServiceArea.SUSPENSION_OR_EXCLUSION, "child-3", 100003, CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2027, 2, 1),
                "Notified by the school", "intake.officer", NOW, TODAY);
        aCase.recordExclusion(exclusion, "intake.officer", NOW);
        return aCase;
    }

    @Test
    void aCancelledSuspensionHasNoClocksButItsServedDaysStillCount() {
        Exclusion exclusion = new Exclusion(ExclusionCategory.SUSPENSION, LocalDate.of(2027, 2, 22), 20, List.of("PD"), LocalDate.of(2027, 2, 22),
                false, true, TODAY);
        exclusion.cancel(LocalDate.of(2027, 2, 24), 4, "New CCTV evidence showed the pupil was not involved", TODAY);

        assertTrue(exclusion.deadlines(kingston(), 40, FEW_THIS_YEAR).isEmpty());
        assertEquals(4, exclusion.sessionsCountingTowardsTheYear());
        assertEquals("The head teacher cancelled this exclusion on 2027-02-24: close it as cancelled",
                exclusion.closingProblem(CaseOutcome.SUSPENSION_SERVED));
        assertNull(exclusion.closingProblem(CaseOutcome.EXCLUSION_CANCELLED));
        assertThrows(IllegalArgumentException.class,
                () -> exclusion.recordGovernorsDecision(LocalDate.of(2027, 2, 25), GoverningBoardDecision.UPHELD, TODAY));
    }

    @Test
    void aHeadTeacherCannotCancelOnceTheBoardHasConsideredIt() {
        Exclusion exclusion = permanent(LocalDate.of(2027, 1, 18));
        exclusion.recordGovernorsDecision(LocalDate.of(2027, 2, 1), GoverningBoardDecision.UPHELD, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> exclusion.cancel(LocalDate.of(2027, 2, 2), null, "Changed my mind after the meeting", TODAY));

        assertEquals("The board considered this exclusion on 2027-02-01: a head teacher cancels only before that", refused.getMessage());
        assertNull(exclusion.cancelledOn());
    }

    @Test
    void theDaysServedCannotExceedTheSuspension() {
        Exclusion exclusion = suspension(4, LocalDate.of(2027, 2, 22));

        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> exclusion.cancel(LocalDate.of(2027, 2, 23), 6, "Wrong pupil named in the letter", TODAY));

        assertEquals("sessionsServed", refused.problems().get(0).field());
        assertEquals("Enter the school days already spent out of school: 0 to 2", refused.problems().get(0).message());
        assertTrue(exclusion.deadlines(kingston(), 4, FEW_THIS_YEAR).stream().noneMatch(deadline -> deadline.kind() == DeadlineKind.SUSPENSION_CAP_PASSED));
        assertEquals(4, exclusion.sessionsCountingTowardsTheYear());
    }

    @Test
    void partTimeEducationFromTheSixthDayIsFlaggedAsNotFullTime() {
        Exclusion permanent = permanent(LocalDate.of(2027, 1, 18));
        permanent.recordProvision("Pupil referral unit, mornings", LocalDate.of(2027, 1, 25), new BigDecimal("15"), new BigDecimal("25"));
        Exclusion fullTime = permanent(LocalDate.of(2027, 1, 18));
        fullTime.recordProvision("Pupil referral unit", LocalDate.of(2027, 1, 25), new BigDecimal("25"), new BigDecimal("25"));

        assertEquals("The education arranged is 15 hours a week against a full-time week of 25: from the sixth day it must be full-time"
                + " (Education Act 1996 s19(3A))", permanent.provisionProblem());
        assertNull(fullTime.provisionProblem());
    }

    @Test
    void theProvisionNeedsItsHours() {
        Exclusion exclusion = permanent(LocalDate.of(2027, 1, 18));

        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> exclusion.recordProvision("Pupil referral unit", LocalDate.of(2027, 1, 25), null, new BigDecimal("0")));

        assertEquals(List.of("hoursPerWeek", "fullTimeHoursPerWeek"), refused.problems().stream().map(problem -> problem.field()).toList());
        assertNull(exclusion.provision());
    }

    @Test
    void theHomeAuthorityIsAThreeDigitLaCode() {
        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> new Exclusion(ExclusionCategory.PERMANENT,
                LocalDate.of(2027, 1, 18), null, List.of("PP"), LocalDate.of(2027, 1, 18), false, false,
                new Exclusion.Circumstances(null, null, true, true, false, "Richmond"), TODAY));
        Exclusion recorded = new Exclusion(ExclusionCategory.PERMANENT, LocalDate.of(2027, 1, 18), null, List.of("PP"), LocalDate.of(2027, 1, 18),
                false, false, new Exclusion.Circumstances(null, null, true, true, false, " 318 "), TODAY);

        assertEquals("Enter the home local authority as its three-digit LA code, e.g. 318", refused.problems().get(0).message());
        assertEquals("318", recorded.homeLaCode());
        assertTrue(recorded.socialWorkerTold());
        assertTrue(recorded.virtualSchoolHeadTold());
        assertTrue(!recorded.senTeamTold());
    }
}
