package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;
import org.pupilsupport.plugin.richmond.RichmondSchoolCalendar;

/** Suspensions and permanent exclusions: the sixth-day, governors' and review-panel deadlines, and the notice's checks. */
class ExclusionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final SuspensionAllowance FEW_THIS_YEAR = new SuspensionAllowance(12);

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static SchoolDays richmond() {
        return SchoolDays.of(new RichmondSchoolCalendar().schoolCalendar(), "Richmond term dates", "the richmond plugin");
    }

    private static Exclusion permanent(LocalDate start, LocalDate notifiedOn) {
        return new Exclusion(ExclusionCategory.PERMANENT, start, null, List.of("PP"), notifiedOn, false, false, TODAY);
    }

    private static Exclusion suspension(int sessions, LocalDate start, boolean missesExam, boolean representations) {
        return new Exclusion(ExclusionCategory.SUSPENSION, start, sessions, List.of("PD"), start, missesExam, representations, TODAY);
    }

    private static Optional<Deadline> deadline(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst();
    }

    @Test
    void governorsMustMeetWithinFifteenSchoolDaysOfAPermanentExclusionNoticeCountedOverChristmas() {
        Exclusion exclusion = permanent(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7));

        List<Deadline> deadlines = exclusion.deadlines(kingston(), 0, FEW_THIS_YEAR);

        // After Mon 7 Dec: 8-11 Dec (4), 14-18 Dec (9); Kingston is back Mon 4 Jan: 4-8 Jan (14), Mon 11 Jan (15).
        Deadline governors = deadline(deadlines, DeadlineKind.GOVERNORS_MEETING).orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 11), governors.due().date());
        assertEquals("GOVERNORS_MEETING:2026-12-07", governors.key());
    }

    @Test
    void theGovernorsDeadlineFollowsEachBoroughsSpringStart() {
        Exclusion exclusion = permanent(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7));

        List<Deadline> deadlines = exclusion.deadlines(richmond(), 0, FEW_THIS_YEAR);

        // Richmond returns Tue 5 Jan: 5-8 Jan are days 10-13, Mon 11 Jan 14, Tue 12 Jan 15.
        assertEquals(LocalDate.of(2027, 1, 12), deadline(deadlines, DeadlineKind.GOVERNORS_MEETING).orElseThrow().due().date());
    }

    @Test
    void theSixthDayOfAPermanentExclusionCountsTheFirstDayAsDayOne() {
        Exclusion exclusion = permanent(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10));

        List<Deadline> deadlines = exclusion.deadlines(kingston(), 0, FEW_THIS_YEAR);

        // Thu 10 Dec (1), Fri 11 (2), Mon 14 (3), Tue 15 (4), Wed 16 (5), Thu 17 Dec (6).
        Deadline sixthDay = deadline(deadlines, DeadlineKind.SIXTH_DAY_PROVISION).orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 17), sixthDay.due().date());
        assertTrue(sixthDay.detail().startsWith("the authority arranges it"), sixthDay.detail());
    }

    @Test
    void theSixthDayCountsOverTheHolidayToEachBoroughsFirstDayBack() {
        Exclusion exclusion = permanent(LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 16));

        LocalDate inKingston = deadline(exclusion.deadlines(kingston(), 0, FEW_THIS_YEAR), DeadlineKind.SIXTH_DAY_PROVISION)
                .orElseThrow().due().date();
        LocalDate inRichmond = deadline(exclusion.deadlines(richmond(), 0, FEW_THIS_YEAR), DeadlineKind.SIXTH_DAY_PROVISION)
                .orElseThrow().due().date();

        // Wed 16 - Fri 18 Dec are days 1-3; then Kingston's 4, 5, 6 Jan and Richmond's 5, 6, 7 Jan.
        assertEquals(LocalDate.of(2027, 1, 6), inKingston);
        assertEquals(LocalDate.of(2027, 1, 7), inRichmond);
    }

    @Test
    void recordedProvisionMeetsTheSixthDayDeadline() {
        Exclusion exclusion = permanent(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10));
        exclusion.recordProvision("Pupil referral unit, full time", LocalDate.of(2026, 12, 17), new BigDecimal("25"), new BigDecimal("25"));

        List<Deadline> deadlines = exclusion.deadlines(kingston(), 0, FEW_THIS_YEAR);

        assertTrue(deadline(deadlines, DeadlineKind.SIXTH_DAY_PROVISION).isEmpty());
        assertTrue(deadline(deadlines, DeadlineKind.GOVERNORS_MEETING).isPresent());
    }

    @Test
    void parentsMayApplyForAReviewPanelWithinFifteenSchoolDaysOfAnUpheldDecision() {
        Exclusion exclusion = permanent(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 18));
        exclusion.recordGovernorsDecision(LocalDate.of(2027, 2, 1), GoverningBoardDecision.UPHELD, TODAY);

        List<Deadline> deadlines = exclusion.deadlines(kingston(), 0, FEW_THIS_YEAR);

        // After Mon 1 Feb: 2-5 Feb (4), 8-12 Feb (9), half term 15-19 Feb, 22-26 Feb (14), Mon 1 Mar (15).
        Deadline application = deadline(deadlines, DeadlineKind.REVIEW_PANEL_APPLICATION).orElseThrow();
        assertEquals(LocalDate.of(2027, 3, 1), application.due().date());
        assertEquals("REVIEW_PANEL_APPLICATION:2027-02-01", application.key());
        // The board has met, so its own deadline is gone.
        assertTrue(deadline(deadlines, DeadlineKind.GOVERNORS_MEETING).isEmpty());
    }

    @Test
    void noReviewPanelDeadlineWhenTheBoardReinstatesOrTheParentsHaveApplied() {
        Exclusion reinstated = permanent(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 18));
        reinstated.recordGovernorsDecision(LocalDate.of(2027, 2, 1), GoverningBoardDecision.REINSTATED, TODAY);
        Exclusion applied = permanent(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 18));
        applied.recordGovernorsDecision(LocalDate.of(2027, 2, 1), GoverningBoardDecision.UPHELD, TODAY);
        applied.recordReviewPanel(LocalDate.of(2027, 2, 10), null, null, TODAY);

        List<Deadline> afterReinstatement = reinstated.deadlines(kingston(), 0, FEW_THIS_YEAR);
        List<Deadline> afterApplication = applied.deadlines(kingston(), 0, FEW_THIS_YEAR);

        assertTrue(deadline(afterReinstatement, DeadlineKind.REVIEW_PANEL_APPLICATION).isEmpty());
        assertTrue(deadline(afterApplication, DeadlineKind.REVIEW_PANEL_APPLICATION).isEmpty());
    }

    @Test
    void aFiveDaySuspensionNeedsNoSixthDayProvision() {
        Exclusion fiveDays = suspension(10, LocalDate.of(2026, 11, 2), false, false);

        List<Deadline> deadlines = fiveDays.deadlines(kingston(), 10, FEW_THIS_YEAR);

        assertTrue(deadline(deadlines, DeadlineKind.SIXTH_DAY_PROVISION).isEmpty());
    }

    @Test
    void aSixDaySuspensionNeedsProvisionFromTheSixthDay() {
        Exclusion sixDays = suspension(12, LocalDate.of(2026, 11, 2), false, false);

        List<Deadline> deadlines = sixDays.deadlines(kingston(), 12, FEW_THIS_YEAR);

        // Mon 2 Nov (1) to Fri 6 Nov (5); Mon 9 Nov is the sixth day.
        Deadline sixthDay = deadline(deadlines, DeadlineKind.SIXTH_DAY_PROVISION).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 9), sixthDay.due().date());
        assertTrue(sixthDay.detail().startsWith("the school arranges it"), sixthDay.detail());
    }

    @Test
    void fiveAndAHalfDaysOfSuspensionAlreadyReachTheSixthDay() {
        Exclusion fiveAndAHalf = suspension(11, LocalDate.of(2026, 11, 2), false, false);

        List<Deadline> deadlines = fiveAndAHalf.deadlines(kingston(), 11, FEW_THIS_YEAR);

        // The eleventh session is the morning of the sixth day, which must already be covered.
        assertEquals(LocalDate.of(2026, 11, 9), deadline(deadlines, DeadlineKind.SIXTH_DAY_PROVISION).orElseThrow().due().date());
    }

    @Test
    void governorsMustMeetWhenTheTermsSuspensionsPassFifteenDays() {
        Exclusion suspension = suspension(6, LocalDate.of(2026, 11, 2), false, false);

        Integer at31Sessions = suspension.governorsMustMeetWithin(31);
        Integer at30Sessions = suspension.governorsMustMeetWithin(30);

        assertEquals(15, at31Sessions);
        // Exactly 15 days is not more than 15, and without representations nothing is due.
        assertNull(at30Sessions);
    }

    @Test
    void theCompulsoryMeetingIsDueFifteenSchoolDaysAfterTheNotice() {
        Exclusion suspension = suspension(6, LocalDate.of(2026, 11, 2), false, false);

        List<Deadline> deadlines = suspension.deadlines(kingston(), 31, FEW_THIS_YEAR);

        // After Mon 2 Nov: 3-6 Nov (4), 9-13 (9), 16-20 (14), Mon 23 Nov (15).
        assertEquals(LocalDate.of(2026, 11, 23), deadline(deadlines, DeadlineKind.GOVERNORS_MEETING).orElseThrow().due().date());
    }

    @Test
    void representationsCallAMeetingWithinFiftyDaysWhenTheTermsSuspensionsAreOverFiveUpToFifteenDays() {
        Exclusion withRepresentations = suspension(6, LocalDate.of(2026, 11, 2), false, true);

        Integer justOverFive = withRepresentations.governorsMustMeetWithin(11);
        Integer fifteen = withRepresentations.governorsMustMeetWithin(30);
        Integer exactlyFive = withRepresentations.governorsMustMeetWithin(10);

        assertEquals(50, justOverFive);
        assertEquals(50, fifteen);
        assertNull(exactlyFive);
    }

    @Test
    void withoutRepresentationsNoMeetingIsDueUpToFifteenDays() {
        Exclusion withoutRepresentations = suspension(6, LocalDate.of(2026, 11, 2), false, false);

        List<Deadline> deadlines = withoutRepresentations.deadlines(kingston(), 20, FEW_THIS_YEAR);

        assertNull(withoutRepresentations.governorsMustMeetWithin(20));
        assertTrue(deadline(deadlines, DeadlineKind.GOVERNORS_MEETING).isEmpty());
    }

    @Test
    void theFiftyDayMeetingFallsLaterInRichmondBecauseOfItsInsetDayAndLaterSpringStart() {
        Exclusion withRepresentations = suspension(6, LocalDate.of(2026, 11, 2), false, true);

        LocalDate inKingston = deadline(withRepresentations.deadlines(kingston(), 20, FEW_THIS_YEAR), DeadlineKind.GOVERNORS_MEETING)
                .orElseThrow().due().date();
        LocalDate inRichmond = deadline(withRepresentations.deadlines(richmond(), 20, FEW_THIS_YEAR), DeadlineKind.GOVERNORS_MEETING)
                .orElseThrow().due().date();

        // Kingston after Mon 2 Nov: Nov 3-6 (4), four full weeks to 4 Dec (24), 7-18 Dec (34), 4-22 Jan (49), Mon 25 Jan (50).
        assertEquals(LocalDate.of(2027, 1, 25), inKingston);
        // Richmond loses 30 Nov (INSET) and 4 Jan: 1-4 Dec (23), 7-18 Dec (33), 5-8 Jan (37), 11-22 Jan (47), 25-27 Jan (50).
        assertEquals(LocalDate.of(2027, 1, 27), inRichmond);
    }

    @Test
    void aMissedPublicExamCallsTheMeetingWithinFifteenDaysWhateverTheLength() {
        Exclusion missesExam = suspension(4, LocalDate.of(2026, 11, 2), true, false);

        List<Deadline> deadlines = missesExam.deadlines(kingston(), 4, FEW_THIS_YEAR);

        assertEquals(15, missesExam.governorsMustMeetWithin(4));
        assertEquals(LocalDate.of(2026, 11, 23), deadline(deadlines, DeadlineKind.GOVERNORS_MEETING).orElseThrow().due().date());
    }

    @Test
    void passingTheYearlyCapRaisesADeadlineOnTheDayOfTheNotice() {
        Exclusion suspension = suspension(6, LocalDate.of(2026, 11, 2), false, false);

        List<Deadline> deadlines = suspension.deadlines(kingston(), 6, new SuspensionAllowance(92));

        Deadline capPassed = deadline(deadlines, DeadlineKind.SUSPENSION_CAP_PASSED).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 2), capPassed.due().date());
        assertEquals("SUSPENSION_CAP_PASSED:2026-09-01", capPassed.key());
        assertEquals("Suspensions this academic year total 46 school days: past the legal limit of 45", capPassed.detail());
    }

    @Test
    void aSingleSuspensionOfFortyFiveDaysIsAccepted() {
        Exclusion longest = suspension(90, LocalDate.of(2026, 11, 2), false, false);

        assertEquals(90, longest.sessions());
        assertEquals("45 school days", longest.lengthDescription());
    }

    @Test
    void aSingleSuspensionOverFortyFiveDaysIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> suspension(91, LocalDate.of(2026, 11, 2), false, false));

        assertEquals("A single suspension cannot be longer than 45 school days; the school should have excluded permanently or shortened it",
                refused.getMessage());
    }

    @Test
    void aSuspensionNeedsALength() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> suspension(0, LocalDate.of(2026, 11, 2), false, false));

        assertEquals("Enter the length of the suspension in school days (half days allowed)", refused.getMessage());
    }

    @Test
    void aPermanentExclusionHasNoLengthWhateverTheSchoolSent() {
        Exclusion exclusion = new Exclusion(ExclusionCategory.PERMANENT, LocalDate.of(2026, 11, 2), 8, List.of("PP"),
                LocalDate.of(2026, 11, 2), false, false, TODAY);

        assertNull(exclusion.sessions());
        assertEquals("permanent", exclusion.lengthDescription());
    }

    @Test
    void moreThanThreeReasonsAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Exclusion(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 11, 2), 2, List.of("PD", "VA", "DM", "BU"),
                        LocalDate.of(2026, 11, 2), false, false, TODAY));

        assertEquals("A school reports at most 3 reasons for one exclusion", refused.getMessage());
    }

    @Test
    void repeatedAndBlankReasonsCollapseBeforeTheyAreCounted() {
        Exclusion exclusion = new Exclusion(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 11, 2), 2,
                Arrays.asList("PD", "VA", "PD", " ", null, "DM", "VA"), LocalDate.of(2026, 11, 2), false, false, TODAY);

        // Seven entries, but only three distinct reasons, kept in the school's order.
        assertEquals(List.of("PD", "VA", "DM"), exclusion.reasonCodes());
    }

    @Test
    void atLeastOneReasonIsNeeded() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Exclusion(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 11, 2), 2, Arrays.asList(" ", null),
                        LocalDate.of(2026, 11, 2), false, false, TODAY));

        assertEquals("Enter at least one reason for the exclusion", refused.getMessage());
    }

    @Test
    void aNoticeCannotArriveInTheFuture() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> permanent(TODAY, TODAY.plusDays(1)));

        assertEquals("The notice cannot have arrived in the future", refused.getMessage());
    }
}
