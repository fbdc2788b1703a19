package org.pupilsupport.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pupilsupport.plugin.api.DateOutsideCalendarException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pupilsupport.plugin.api.SchoolCalendar;

class BaselineSchoolCalendarTest {

    private final SchoolCalendar calendar = BaselineSchoolCalendar.INSTANCE;

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-24"})
    void weekdaysAreSchoolDays(String date) {
        assertTrue(calendar.isSchoolDay(LocalDate.parse(date)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28", "2026-11-29", "2026-12-26", "2026-12-27"})
    void weekendsAreNotSchoolDays(String date) {
        assertFalse(calendar.isSchoolDay(LocalDate.parse(date)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-01-01", // New Year's Day, Thursday
            "2026-04-03", // Good Friday
            "2026-04-06", // Easter Monday
            "2026-05-04", // early May bank holiday
            "2026-05-25", // spring bank holiday
            "2026-08-31", // summer bank holiday
            "2026-12-25", // Christmas Day, Friday
            "2026-12-28"  // Boxing Day falls on Saturday: substitute Monday
    })
    void englishBankHolidaysAreNotSchoolDays(String date) {
        assertFalse(calendar.isSchoolDay(LocalDate.parse(date)));
    }

    @Test
    void countsSchoolDaysAcrossChristmas2026() {
        // Thu 24 (1), Fri 25 Christmas, Sat 26, Sun 27, Mon 28 Boxing Day substitute, Tue 29 (2), Wed 30 (3)
        assertEquals(LocalDate.of(2026, 12, 30), calendar.schoolDaysAfter(LocalDate.of(2026, 12, 23), 3));
    }

    @Test
    void countsSchoolDaysOverAWeekend() {
        // Fri 27 Nov 2026 + 1 school day is Mon 30 Nov
        assertEquals(LocalDate.of(2026, 11, 30), calendar.schoolDaysAfter(LocalDate.of(2026, 11, 27), 1));
    }

    @Test
    void zeroSchoolDaysGivesTheStartBack() {
        assertEquals(LocalDate.of(2026, 12, 26), calendar.schoolDaysAfter(LocalDate.of(2026, 12, 26), 0));
    }

    @Test
    void aNegativeCountIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> calendar.schoolDaysAfter(LocalDate.of(2026, 12, 23), -1));

        assertEquals("A number of school days cannot be negative: -1", refused.getMessage());
    }

    @Test
    void coversNineteenNinetyToTwentyNinetyNine() {
        assertEquals(LocalDate.of(1990, 1, 1), calendar.coveredFrom());
        assertEquals(LocalDate.of(2099, 12, 31), calendar.coveredUntil());
        assertTrue(calendar.covers(LocalDate.of(2026, 12, 23)));
        assertFalse(calendar.covers(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void datesOutsideItsSpanAreRefusedLikeAnyCalendars() {
        assertThrows(DateOutsideCalendarException.class, () -> calendar.isSchoolDay(LocalDate.of(2100, 1, 4)));
        assertThrows(DateOutsideCalendarException.class, () -> calendar.isSchoolDay(LocalDate.of(1989, 12, 29)));
        assertThrows(DateOutsideCalendarException.class, () -> calendar.schoolDaysAfter(LocalDate.of(2099, 12, 30), 5));
    }
}
