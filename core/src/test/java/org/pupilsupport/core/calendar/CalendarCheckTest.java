package org.pupilsupport.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/** The checks an administrator's calendar passes before it counts a deadline, each counted by hand. */
class CalendarCheckTest {

    private static List<CalendarSpan> read(String file) throws IOException {
        try (InputStream content = CalendarCheckTest.class.getResourceAsStream("/calendars/" + file)) {
            return CalendarFileReader.read(content, file);
        }
    }

    @Test
    void aPlausibleYearHasNoProblemsAndItsSchoolDaysAreCounted() throws IOException {
        List<CalendarSpan> academy = read("academy-2026-27.csv");

        assertEquals(List.of(), CalendarCheck.problems(academy));
        // Autumn 3 Sep-18 Dec: 77 weekdays less half term (5) and the INSET day (1) = 71. Spring 4 Jan-25 Mar: 59 weekdays
        // less half term (5) = 54. Summer 12 Apr-21 Jul: 73 weekdays less half term (5) and the 3 May bank holiday (1) = 67.
        // Total 71 + 54 + 67 = 192.
        assertEquals(192, CalendarCheck.schoolDaysIn("2026/27", academy));
        assertEquals(Set.of("2026/27"), CalendarCheck.academicYears(academy));
    }

    @Test
    void weekendsOverlapsStrayClosuresAndAMissingYearAreAllReported() throws IOException {
        List<String> problems = CalendarCheck.problems(read("bad-dates.csv"));

        assertEquals(List.of(
                "Autumn term 05/09/2026 to 18/12/2026 starts on a Saturday: a term starts and ends on school days",
                "Autumn term 05/09/2026 to 18/12/2026 and Spring term 14/12/2026 to 25/03/2027 overlap: terms cannot share days",
                "Summer closure 28/07/2027 to 29/07/2027 is not inside any term",
                "Weekend closure 05/06/2027 to 06/06/2027 falls only on weekends or bank holidays, when schools are shut anyway",
                "No term dates for 2027/28: every academic year from 2026/27 to 2028/29 needs its terms"), problems.stream().sorted(
                (a, b) -> Integer.compare(order(a), order(b))).toList());
    }

    private static int order(String problem) {
        List<String> starts = List.of("Autumn term 05/09/2026 to 18/12/2026 starts", "Autumn term 05/09/2026 to 18/12/2026 and", "Summer closure",
                "Weekend closure", "No term dates");
        for (int i = 0; i < starts.size(); i++) {
            if (problem.startsWith(starts.get(i))) {
                return i;
            }
        }
        return starts.size();
    }

    @Test
    void aYearWithFarTooFewSchoolDaysLooksMistyped() {
        List<CalendarSpan> autumnOnly = List.of(
                new CalendarSpan(CalendarSpanKind.TERM, LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18), "Autumn term"),
                new CalendarSpan(CalendarSpanKind.CLOSURE, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30), "Half term"));

        // 3 Sep-18 Dec 2026 has 77 weekdays; less the half term, 72.
        assertEquals(List.of("2026/27 has 72 school days: check the dates (a school year has about 190)"), CalendarCheck.problems(autumnOnly));
    }

    @Test
    void theAcademicYearTurnsOnTheFirstOfSeptember() {
        assertEquals("2026/27", CalendarCheck.academicYearOf(LocalDate.of(2026, 9, 1)));
        assertEquals("2025/26", CalendarCheck.academicYearOf(LocalDate.of(2026, 8, 31)));
        assertEquals("2099/00", CalendarCheck.academicYearOf(LocalDate.of(2099, 9, 1)));
    }

    @Test
    void theCalendarCountsTheAcademysInsetDayAsNoSchool() throws IOException {
        TermTimeCalendar calendar = CalendarCheck.toTermTimeCalendar(read("academy-2026-27.ics"));

        assertFalse(calendar.isSchoolDay(LocalDate.of(2026, 11, 27)));
        assertTrue(calendar.isSchoolDay(LocalDate.of(2026, 11, 26)));
        // Thu 26 Nov: Fri 27 is the INSET day, so the next school day is Mon 30 Nov.
        assertEquals(LocalDate.of(2026, 11, 30), calendar.schoolDaysAfter(LocalDate.of(2026, 11, 26), 1));
    }
}
