package org.pupilsupport.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TermTimeCalendarTest {

    private static final String TWO_YEARS = """
            # a comment, then a blank line

            term   2025-09-03 2025-12-19 Autumn 2025
            closed 2025-10-27 2025-10-31 Half term
            term   2026-01-05 2026-03-27 Spring 2026
            term   2026-04-13 2026-07-21 Summer 2026
            closed 2026-05-25 2026-05-29 Half term
            term   2026-09-03 2026-12-18 Autumn 2026
            closed 2026-11-30 2026-11-30 INSET day
            term   2027-01-04 2027-03-25 Spring 2027
            """;

    private final TermTimeCalendar calendar = TermTimeCalendar.parse(new StringReader(TWO_YEARS), "test");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aTermWeekdayIsASchoolDayButWeekendsHalfTermsAndInsetAreNot() {
        assertTrue(calendar.isSchoolDay(date("2025-09-03")));
        assertFalse(calendar.isSchoolDay(date("2025-09-06")), "Saturday");
        assertFalse(calendar.isSchoolDay(date("2025-10-29")), "half term");
        assertFalse(calendar.isSchoolDay(date("2026-11-30")), "INSET day");
        assertFalse(calendar.isSchoolDay(date("2025-09-02")), "before the first term");
    }

    @Test
    void aDateInATermOrItsHalfTermBelongsToThatTermButAHolidayToNone() {
        assertEquals("Autumn 2025", calendar.termContaining(date("2025-11-12")).orElseThrow().label());
        assertEquals("Autumn 2025", calendar.termContaining(date("2025-10-29")).orElseThrow().label(), "half term is inside the term");
        assertEquals(date("2026-03-27"), calendar.termContaining(date("2026-01-05")).orElseThrow().last());
        assertTrue(calendar.termContaining(date("2026-04-01")).isEmpty(), "Easter holiday");
    }

    @Test
    void bankHolidaysInsideTermAreNotSchoolDays() {
        assertFalse(calendar.isSchoolDay(date("2026-05-04")), "early May bank holiday falls in summer term");
        assertTrue(calendar.isSchoolDay(date("2026-05-05")));
    }

    @Test
    void countingSkipsHalfTerm() {
        // Friday 24 Oct 2025, then half term: the 1st school day after is Monday 3 Nov.
        assertEquals(date("2025-11-03"), calendar.schoolDaysAfter(date("2025-10-24"), 1));
        assertEquals(date("2025-11-14"), calendar.schoolDaysAfter(date("2025-10-24"), 10));
    }

    @Test
    void countingCrossesTheChristmasHolidayAndTheCalendarYearEnd() {
        // Last week of autumn 2025: 15-19 Dec are days 1-5, then spring starts Monday 5 Jan 2026.
        assertEquals(date("2025-12-19"), calendar.schoolDaysAfter(date("2025-12-12"), 5));
        assertEquals(date("2026-01-05"), calendar.schoolDaysAfter(date("2025-12-12"), 6));
        assertEquals(date("2026-01-23"), calendar.schoolDaysAfter(date("2025-12-12"), 20));
    }

    @Test
    void countingCrossesEasterAndTheAcademicYearEnd() {
        // Spring 2026 ends 27 Mar; Easter Monday 6 Apr is inside the break; summer starts 13 Apr.
        assertEquals(date("2026-04-13"), calendar.schoolDaysAfter(date("2026-03-27"), 1));
        // Summer 2026 ends 21 Jul; autumn 2026 starts 3 Sep.
        assertEquals(date("2026-09-03"), calendar.schoolDaysAfter(date("2026-07-21"), 1));
    }

    @Test
    void fifteenSchoolDaysFromALateNovemberSundaySkipsTheInsetDay() {
        // Sunday 29 Nov 2026; Monday 30 Nov is INSET: days run 1-4 Dec, 7-11, 14-18, then 4 Jan 2027.
        assertEquals(date("2027-01-04"), calendar.schoolDaysAfter(date("2026-11-29"), 15));
        assertEquals(date("2026-12-18"), calendar.schoolDaysAfter(date("2026-11-29"), 14));
    }

    @Test
    void zeroDaysIsTheStartAndNegativeIsRefused() {
        assertEquals(date("2025-10-29"), calendar.schoolDaysAfter(date("2025-10-29"), 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.schoolDaysAfter(date("2025-10-29"), -1));
    }

    @Test
    void coversWholeAcademicYearsAndRefusesDatesOutside() {
        assertEquals(date("2025-09-01"), calendar.coveredFrom());
        assertEquals(date("2027-08-31"), calendar.coveredUntil());
        assertFalse(calendar.isSchoolDay(date("2027-08-31")), "summer holiday after the last term");
        DateOutsideCalendarException outside = assertThrows(DateOutsideCalendarException.class,
                () -> calendar.isSchoolDay(date("2027-09-06")));
        assertEquals(date("2027-09-06"), outside.date());
        assertThrows(DateOutsideCalendarException.class, () -> calendar.schoolDaysAfter(date("2027-08-20"), 5));
    }

    @Test
    void aBadLineIsReportedWithItsSourceAndLineNumber() {
        IllegalArgumentException badDate = assertThrows(IllegalArgumentException.class,
                () -> TermTimeCalendar.parse(new StringReader("term 2025-09-03 2025-13-01 Autumn"), "kingston term-dates.txt"));
        assertEquals("kingston term-dates.txt line 1: dates must be written YYYY-MM-DD", badDate.getMessage());

        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class,
                () -> TermTimeCalendar.parse(new StringReader("# x\nterm 2025-12-19 2025-09-03 Autumn"), "f"));
        assertEquals("f line 2: 'Autumn' ends (2025-09-03) before it starts (2025-12-19)", backwards.getMessage());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> TermTimeCalendar.parse(new StringReader("holiday 2025-12-19 2025-12-20 x"), "f"));
        assertEquals("f line 1: unknown entry 'holiday' (expected term or closed)", unknown.getMessage());
    }

    @Test
    void overlappingTermsAndAnEmptyFileAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TermTimeCalendar.parse(
                new StringReader("term 2025-09-03 2025-12-19 A\nterm 2025-12-01 2026-03-01 B"), "f"));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> TermTimeCalendar.parse(new StringReader("# nothing\n"), "f"));
        assertEquals("f: A school calendar needs at least one term", empty.getMessage());
    }

    @Test
    void aMissingTermDatesFileInThePluginIsNamed() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> TermTimeCalendar.fromResource(TermTimeCalendarTest.class, "no-such-term-dates.txt"));
        assertEquals("Term dates file org.pupilsupport.plugin.api/no-such-term-dates.txt is missing from the plugin", missing.getMessage());
    }
}
