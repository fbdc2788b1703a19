package org.pupilsupport.core.privacy.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Each expected day is counted by hand from the words of UK GDPR Art 12A and the ICO's guidance (see
 * {@link RequestClock}), with the weekday and the English bank holidays of DOMAIN.md written beside it.
 */
class RequestClockTest {

    private static RequestClock received(LocalDate on) {
        return new RequestClock(on, null, null, List.of(), false);
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @Test
    void theIcosOwnExampleLandsOnASaturdayAndMovesToMonday() {
        // received Thu 3 Sep 2026: the corresponding date 3 Oct 2026 is a Saturday, so the next working day, Mon 5 Oct
        assertEquals(Optional.of(day(2026, 10, 5)), received(day(2026, 9, 3)).dueOn());
    }

    @Test
    void aMonthWithoutTheCorrespondingDateEndsOnItsLastDayInALeapYear() {
        // received Mon 31 Jan 2028: February 2028 has no 31st, its last day is Tue 29 Feb (leap year), a working day
        assertEquals(Optional.of(day(2028, 2, 29)), received(day(2028, 1, 31)).dueOn());
    }

    @Test
    void aMonthWithoutTheCorrespondingDateEndsOnItsLastDayThenTheNextWorkingDay() {
        // received Sun 31 Jan 2027 (a request counts from the day it arrives, working day or not): last day of
        // February 2027 is Sun 28 Feb, so Mon 1 Mar
        assertEquals(Optional.of(day(2027, 3, 1)), received(day(2027, 1, 31)).dueOn());
    }

    @Test
    void aLeapDayGivesTheSameDayOfTheNextMonth() {
        // received Tue 29 Feb 2028: 29 Mar 2028 exists and is a Wednesday
        assertEquals(Optional.of(day(2028, 3, 29)), received(day(2028, 2, 29)).dueOn());
    }

    @Test
    void theSummerBankHolidayMovesTheDayOn() {
        // received Fri 31 Jul 2026: Mon 31 Aug 2026 is the summer bank holiday, so Tue 1 Sep
        assertEquals(Optional.of(day(2026, 9, 1)), received(day(2026, 7, 31)).dueOn());
    }

    @Test
    void easterMovesTheDayPastGoodFridayTheWeekendAndEasterMonday() {
        // received Tue 3 Mar 2026: Fri 3 Apr 2026 is Good Friday, then Sat, Sun and Mon 6 Apr (Easter Monday): Tue 7 Apr
        assertEquals(Optional.of(day(2026, 4, 7)), received(day(2026, 3, 3)).dueOn());
    }

    @Test
    void christmasAndTheSubstituteBoxingDayMoveTheDayOn() {
        // received Wed 25 Nov 2026: Fri 25 Dec is Christmas Day, Boxing Day (Sat 26) is kept on Mon 28 Dec: Tue 29 Dec
        assertEquals(Optional.of(day(2026, 12, 29)), received(day(2026, 11, 25)).dueOn());
    }

    @Test
    void theClockStartsWhenTheProofOfIdentityAskedForArrives() {
        RequestClock waiting = new RequestClock(day(2026, 6, 1), day(2026, 6, 2), null, List.of(), false);
        assertEquals(RequestClock.State.WAITING_FOR_IDENTITY, waiting.state());
        assertEquals(Optional.empty(), waiting.dueOn());
        assertFalse(waiting.overdueOn(day(2027, 1, 1)), "a clock that has not started is never late");

        // proof arrived Wed 10 Jun 2026: the month runs from then, to Fri 10 Jul 2026
        RequestClock started = new RequestClock(day(2026, 6, 1), day(2026, 6, 2), day(2026, 6, 10), List.of(), false);
        assertEquals(Optional.of(day(2026, 6, 10)), started.startsOn());
        assertEquals(Optional.of(day(2026, 7, 10)), started.dueOn());
    }

    @Test
    void clarificationStopsTheClockFromTheDayAskedToTheDayAnsweredInclusive() {
        ClarificationPause open = new ClarificationPause(day(2026, 6, 15), null, "Which years?");
        RequestClock stopped = new RequestClock(day(2026, 6, 1), null, null, List.of(open), false);
        assertEquals(RequestClock.State.STOPPED_FOR_CLARIFICATION, stopped.state());
        assertEquals(Optional.empty(), stopped.dueOn());

        // received Mon 1 Jun 2026, asked Mon 15 Jun, answered Wed 17 Jun: 15, 16 and 17 Jun do not count, so
        // 1 Jul + 3 days = Sat 4 Jul, moved to Mon 6 Jul
        ClarificationPause answered = new ClarificationPause(day(2026, 6, 15), day(2026, 6, 17), "Which years?");
        RequestClock running = new RequestClock(day(2026, 6, 1), null, null, List.of(answered), false);
        assertEquals(3, running.daysStopped());
        assertEquals(Optional.of(day(2026, 7, 6)), running.dueOn());
    }

    @Test
    void aQuestionAskedBeforeTheClockStartedStopsNothing() {
        // identity asked 2 Jun and received 10 Jun; clarification asked 3 Jun, answered 5 Jun, before the start
        ClarificationPause early = new ClarificationPause(day(2026, 6, 3), day(2026, 6, 5), "Which child?");
        RequestClock clock = new RequestClock(day(2026, 6, 1), day(2026, 6, 2), day(2026, 6, 10), List.of(early), false);
        assertEquals(0, clock.daysStopped());
        assertEquals(Optional.of(day(2026, 7, 10)), clock.dueOn());
    }

    @Test
    void anExtensionGivesTwoFurtherMonthsButTheNoticeIsDueWithinTheFirst() {
        // received Mon 30 Nov 2026; extended: 30 Feb 2027 does not exist, so Sun 28 Feb 2027, moved to Mon 1 Mar;
        // the notice of the extension was due by the end of the first month, Wed 30 Dec 2026
        RequestClock extended = new RequestClock(day(2026, 11, 30), null, null, List.of(), true);
        assertEquals(Optional.of(day(2027, 3, 1)), extended.dueOn());
        assertEquals(Optional.of(day(2026, 12, 30)), extended.extensionNoticeBy());
    }

    @Test
    void aResponseIsLateOnlyAfterItsDueDay() {
        RequestClock clock = received(day(2026, 9, 3));
        assertFalse(clock.overdueOn(day(2026, 10, 5)));
        assertTrue(clock.overdueOn(day(2026, 10, 6)));
    }

    @Test
    void proofOfIdentityCannotArriveUnasked() {
        assertThrows(IllegalArgumentException.class, () -> new RequestClock(day(2026, 6, 1), null, day(2026, 6, 3), List.of(), false));
    }
}
