package org.pupilsupport.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The days a sweep by date takes, counted by hand: a record falls due once its period, counted from the day it was
 * made, has ended (java.time's adding of years and months, as for every other line of the schedule).
 */
class SweepDatesTest {

    private static RetentionRule kept(int years, int months) {
        return new RetentionRule(new RetentionTerms(RecordKind.AUDIT_DETAIL, null, years, months, RetentionTrigger.DATE_RECEIVED,
                RetentionAction.ANONYMISE, "test"), false, "dpo", Instant.EPOCH);
    }

    @Test
    void aYearBackFromAnOrdinaryDayIsTheSameDayAYearEarlier() {
        // Made 4 Dec 2025, kept a year: ends 4 Dec 2026, so due on 4 Dec 2026; 5 Dec 2025 is not.
        assertEquals(LocalDate.of(2025, 12, 4), kept(1, 0).lastEventEndedBy(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void onTheLeapDayAYearTakesTheTwentyEighthOfTheYearBefore() {
        // 29 Feb 2028 less a year: 2027 has no 29 February; 28 Feb 2027 + 1 year = 28 Feb 2028, due; 1 Mar 2027 is not.
        assertEquals(LocalDate.of(2027, 2, 28), kept(1, 0).lastEventEndedBy(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aRecordOfTheLeapDayFallsDueOnTheTwentyEighthAYearOn() {
        // Made 29 Feb 2028, kept a year: 2029 has no 29 February, so the year ends on 28 Feb 2029, and that day takes it.
        assertEquals(LocalDate.of(2028, 2, 29), kept(1, 0).lastEventEndedBy(LocalDate.of(2029, 2, 28)));
    }

    @Test
    void monthsClampToTheEndOfAShorterMonth() {
        // Kept 1 month: 29, 30 and 31 Jan 2027 all end on 28 Feb 2027, so all are due that day.
        assertEquals(LocalDate.of(2027, 1, 31), kept(0, 1).lastEventEndedBy(LocalDate.of(2027, 2, 28)));
        // On 31 Mar 2027: 28 Feb + 1 month = 28 Mar, and nothing later in February exists; 1 Mar ends 1 Apr.
        assertEquals(LocalDate.of(2027, 2, 28), kept(0, 1).lastEventEndedBy(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void yearsAndMonthsTogether() {
        // Kept 6 years 6 months, on 5 Dec 2026: 5 Jun 2020 + 6y6m = 5 Dec 2026, due; 6 Jun 2020 ends 6 Dec 2026.
        assertEquals(LocalDate.of(2020, 6, 5), kept(6, 6).lastEventEndedBy(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void aPeriodOfNoughtTakesEverythingUpToToday() {
        assertEquals(LocalDate.of(2026, 12, 5), kept(0, 0).lastEventEndedBy(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void recordsMadeUpToTheEndOfTheLondonDayInSummerTime() {
        // 1 July 2027 ends at midnight BST, 23:00 UTC; the run was listed later, so the day's end bounds it.
        assertEquals(Instant.parse("2027-07-01T23:00:00Z"),
                DisposalSweep.recordedBefore(LocalDate.of(2027, 7, 1), Instant.parse("2030-01-01T09:00:00Z")));
        // In winter London is on UTC.
        assertEquals(Instant.parse("2027-01-02T00:00:00Z"),
                DisposalSweep.recordedBefore(LocalDate.of(2027, 1, 1), Instant.parse("2030-01-01T09:00:00Z")));
    }

    @Test
    void nothingMadeAfterTheRunWasListedFallsDue() {
        Instant listed = Instant.parse("2026-12-05T14:30:00.123456789Z");
        assertEquals(Instant.parse("2026-12-05T14:30:00.123Z"), DisposalSweep.recordedBefore(LocalDate.of(2026, 12, 5), listed),
                "to the millisecond, never after the listing");
    }
}
