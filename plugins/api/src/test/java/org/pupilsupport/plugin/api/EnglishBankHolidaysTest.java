package org.pupilsupport.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EnglishBankHolidaysTest {

    private static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void yearsTheServiceWorksInMatchTheOfficialLists() {
        assertEquals(dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
                "2025-12-25", "2025-12-26"), List.copyOf(EnglishBankHolidays.inYear(2025)));
        assertEquals(dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
                "2026-12-25", "2026-12-28"), List.copyOf(EnglishBankHolidays.inYear(2026)));
        assertEquals(dates("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
                "2027-12-27", "2027-12-28"), List.copyOf(EnglishBankHolidays.inYear(2027)));
    }

    @Test
    void weekendNewYearAndChristmasGetWeekdaySubstitutes() {
        // 2022: New Year's Day a Saturday, Christmas a Sunday, Boxing Day a Monday.
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2022, 1, 3)));
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2022, 12, 26)));
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2022, 12, 27)));
        assertFalse(EnglishBankHolidays.isBankHoliday(LocalDate.of(2022, 12, 28)));
        // 2021: Christmas a Saturday, Boxing Day a Sunday: Monday 27 and Tuesday 28.
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2021, 12, 27)));
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2021, 12, 28)));
    }

    @Test
    void proclaimedMovesAndExtraDaysAreKept() {
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2022, 9, 19)));
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2022, 6, 2)));
        assertFalse(EnglishBankHolidays.isBankHoliday(LocalDate.of(2022, 5, 30)));
        assertTrue(EnglishBankHolidays.isBankHoliday(LocalDate.of(2023, 5, 8)));
    }

    @Test
    void easterFollowsTheGregorianComputus() {
        assertEquals(LocalDate.of(2025, 4, 20), EnglishBankHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), EnglishBankHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), EnglishBankHolidays.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), EnglishBankHolidays.easterSunday(2038));
    }
}
