package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;
import org.pupilsupport.plugin.richmond.RichmondSchoolCalendar;

/** Reduced timetables: reviews and the longest run under each borough's protocol, and the notice's checks. */
class ReducedTimetableRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final LocalDate MONDAY_2_NOV = LocalDate.of(2026, 11, 2);
    private static final CaseProtocol KINGSTON_PROTOCOL = new CaseProtocol(10, 30, "Kingston");
    private static final CaseProtocol RICHMOND_PROTOCOL = new CaseProtocol(20, 60, "Richmond");

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static SchoolDays richmond() {
        return SchoolDays.of(new RichmondSchoolCalendar().schoolCalendar(), "Richmond term dates", "the richmond plugin");
    }

    private static ReducedTimetable mornings(LocalDate start, LocalDate plannedEnd) {
        return new ReducedTimetable(start, new BigDecimal("12.5"), new BigDecimal("32.5"), start, plannedEnd,
                "Anxiety after a long absence; building back up", TODAY);
    }

    private static CaseReview review(LocalDate heldOn) {
        return new CaseReview(heldOn, "Agreed to add an afternoon", "officer.a", TODAY);
    }

    private static Deadline deadlineOf(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theFirstReviewIsDueTheProtocolsIntervalAfterTheStart() {
        ReducedTimetable timetable = mornings(MONDAY_2_NOV, LocalDate.of(2026, 12, 11));

        LocalDate review = timetable.nextReview(kingston(), KINGSTON_PROTOCOL, List.of()).date();

        // After Mon 2 Nov: 3-6 Nov (4), 9-13 Nov (9), Mon 16 Nov (10).
        assertEquals(LocalDate.of(2026, 11, 16), review);
    }

    @Test
    void laterReviewsAreCountedFromTheLatestOneHeld() {
        ReducedTimetable timetable = mornings(MONDAY_2_NOV, LocalDate.of(2026, 12, 11));
        List<CaseReview> reviews = List.of(review(LocalDate.of(2026, 11, 20)), review(LocalDate.of(2026, 11, 12)));

        List<Deadline> deadlines = timetable.deadlines(kingston(), KINGSTON_PROTOCOL, reviews);

        // After Fri 20 Nov: 23-27 Nov (5), 30 Nov - 4 Dec (10).
        Deadline nextReview = deadlineOf(deadlines, DeadlineKind.REDUCED_TIMETABLE_REVIEW);
        assertEquals(LocalDate.of(2026, 12, 4), nextReview.due().date());
        assertEquals("REDUCED_TIMETABLE_REVIEW:2026-11-20", nextReview.key());
        // The limit stays counted from the start.
        assertEquals("REDUCED_TIMETABLE_LIMIT:2026-11-02", deadlineOf(deadlines, DeadlineKind.REDUCED_TIMETABLE_LIMIT).key());
    }

    @Test
    void aReviewHeldBeforeTheTimetableStartedDoesNotCount() {
        ReducedTimetable timetable = mornings(MONDAY_2_NOV, LocalDate.of(2026, 12, 11));

        LocalDate review = timetable.nextReview(kingston(), KINGSTON_PROTOCOL, List.of(review(LocalDate.of(2026, 10, 22)))).date();

        assertEquals(LocalDate.of(2026, 11, 16), review);
    }

    @Test
    void theLimitIsTheLastDayOfTheRunCountingTheStartAsDayOne() {
        ReducedTimetable timetable = mornings(MONDAY_2_NOV, LocalDate.of(2026, 12, 11));

        LocalDate limit = timetable.limit(kingston(), KINGSTON_PROTOCOL).date();

        // Six full school weeks from Mon 2 Nov: day 30 is Fri 11 Dec, not Mon 14 Dec (30 days after the start).
        assertEquals(LocalDate.of(2026, 12, 11), limit);
    }

    @Test
    void endingOnTheLimitIsNotBeyondIt() {
        ReducedTimetable endsOnLimit = mornings(MONDAY_2_NOV, LocalDate.of(2026, 12, 11));

        assertFalse(endsOnLimit.plannedBeyondLimit(kingston(), KINGSTON_PROTOCOL));
    }

    @Test
    void endingAfterTheLimitIsBeyondIt() {
        ReducedTimetable endsAfterLimit = mornings(MONDAY_2_NOV, LocalDate.of(2026, 12, 14));

        assertTrue(endsAfterLimit.plannedBeyondLimit(kingston(), KINGSTON_PROTOCOL));
    }

    @Test
    void theSamePlanIsWithinRichmondsLongerLimit() {
        ReducedTimetable endsAfterKingstonsLimit = mornings(MONDAY_2_NOV, LocalDate.of(2026, 12, 14));

        assertFalse(endsAfterKingstonsLimit.plannedBeyondLimit(richmond(), RICHMOND_PROTOCOL));
    }

    @Test
    void kingstonAndRichmondGiveDifferentDeadlinesForTheSameTimetable() {
        ReducedTimetable timetable = mornings(MONDAY_2_NOV, LocalDate.of(2027, 1, 29));

        List<Deadline> inKingston = timetable.deadlines(kingston(), KINGSTON_PROTOCOL, List.of());
        List<Deadline> inRichmond = timetable.deadlines(richmond(), RICHMOND_PROTOCOL, List.of());

        assertEquals(LocalDate.of(2026, 11, 16), deadlineOf(inKingston, DeadlineKind.REDUCED_TIMETABLE_REVIEW).due().date());
        assertEquals(LocalDate.of(2026, 12, 11), deadlineOf(inKingston, DeadlineKind.REDUCED_TIMETABLE_LIMIT).due().date());
        // 20 after Mon 2 Nov: 3-27 Nov is 19; Richmond's INSET on Mon 30 Nov makes Tue 1 Dec the 20th.
        assertEquals(LocalDate.of(2026, 12, 1), deadlineOf(inRichmond, DeadlineKind.REDUCED_TIMETABLE_REVIEW).due().date());
        // Day 60 from Mon 2 Nov: 2-27 Nov (20), 1-4 Dec (24), 7-18 Dec (34), 5-8 Jan (38), 11 Jan - 5 Feb (58), 8 Feb (59), Tue 9 Feb.
        assertEquals(LocalDate.of(2027, 2, 9), deadlineOf(inRichmond, DeadlineKind.REDUCED_TIMETABLE_LIMIT).due().date());
        assertTrue(deadlineOf(inRichmond, DeadlineKind.REDUCED_TIMETABLE_LIMIT).detail().contains("(Richmond)"));
    }

    @Test
    void theProtocolAloneChangesTheReviewDateOnOneCalendar() {
        ReducedTimetable timetable = mornings(MONDAY_2_NOV, LocalDate.of(2026, 12, 11));

        LocalDate everyTwenty = timetable.nextReview(kingston(), RICHMOND_PROTOCOL, List.of()).date();

        // Kingston has no INSET on 30 Nov, so the 20th school day after 2 Nov is Mon 30 Nov.
        assertEquals(LocalDate.of(2026, 11, 30), everyTwenty);
    }

    @Test
    void hoursEqualToFullTimeAreNotAReducedTimetable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(MONDAY_2_NOV, new BigDecimal("25"), new BigDecimal("25.0"), MONDAY_2_NOV,
                        LocalDate.of(2026, 12, 11), "Anxiety", TODAY));

        assertEquals("A reduced timetable has more than 0 hours a week and fewer than the full-time 25", refused.getMessage());
    }

    @Test
    void moreHoursThanFullTimeAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(MONDAY_2_NOV, new BigDecimal("33"), new BigDecimal("32.5"), MONDAY_2_NOV,
                        LocalDate.of(2026, 12, 11), "Anxiety", TODAY));

        assertEquals("A reduced timetable has more than 0 hours a week and fewer than the full-time 32.5", refused.getMessage());
    }

    @Test
    void zeroHoursAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(MONDAY_2_NOV, BigDecimal.ZERO, new BigDecimal("32.5"), MONDAY_2_NOV,
                        LocalDate.of(2026, 12, 11), "Anxiety", TODAY));

        assertEquals("A reduced timetable has more than 0 hours a week and fewer than the full-time 32.5", refused.getMessage());
    }

    @Test
    void fullTimeHoursBeyondAWorkingWeekAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(MONDAY_2_NOV, new BigDecimal("10"), new BigDecimal("41"), MONDAY_2_NOV,
                        LocalDate.of(2026, 12, 11), "Anxiety", TODAY));

        assertEquals("Full-time hours must be more than 0 and at most 40 a week", refused.getMessage());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(MONDAY_2_NOV, new BigDecimal("10"), new BigDecimal("32.5"), MONDAY_2_NOV,
                        LocalDate.of(2026, 10, 30), "Anxiety", TODAY));

        assertEquals("The planned end must come after the start", refused.getMessage());
    }

    @Test
    void anEndOnTheStartDayIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(MONDAY_2_NOV, new BigDecimal("10"), new BigDecimal("32.5"), MONDAY_2_NOV,
                        MONDAY_2_NOV, "Anxiety", TODAY));

        assertEquals("The planned end must come after the start", refused.getMessage());
    }

    @Test
    void aTimetableWithoutAnEndIsRefusedBecauseItMustBeTimeLimited() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(MONDAY_2_NOV, new BigDecimal("10"), new BigDecimal("32.5"), MONDAY_2_NOV, null, "Anxiety", TODAY));

        assertEquals("Enter the planned end date: a reduced timetable must be time-limited", refused.getMessage());
    }

    @Test
    void aMissingReasonIsRefused() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(MONDAY_2_NOV, new BigDecimal("10"), new BigDecimal("32.5"), MONDAY_2_NOV,
                        LocalDate.of(2026, 12, 11), null, TODAY));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(MONDAY_2_NOV, new BigDecimal("10"), new BigDecimal("32.5"), MONDAY_2_NOV,
                        LocalDate.of(2026, 12, 11), "   ", TODAY));

        assertEquals("Enter why the timetable is reduced", missing.getMessage());
        assertEquals("Enter why the timetable is reduced", blank.getMessage());
    }

    @Test
    void aNotificationFromTheFutureIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReducedTimetable(TODAY.plusDays(1), new BigDecimal("10"), new BigDecimal("32.5"), MONDAY_2_NOV,
                        LocalDate.of(2026, 12, 11), "Anxiety", TODAY));

        assertEquals("The notification cannot have arrived in the future", refused.getMessage());
    }
}
