package org.pupilsupport.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.pupilsupport.plugin.api.EnglishBankHolidays;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/**
 * What an administrator is told is wrong with a calendar before it counts any deadline. Each problem names the
 * period by its label and dates, so it can be found in the file.
 */
public final class CalendarCheck {

    /** An English school year has about 190 pupil days; outside these bounds a date was almost certainly mistyped. */
    static final int FEWEST_SCHOOL_DAYS = 150;
    static final int MOST_SCHOOL_DAYS = 200;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CalendarCheck() {
    }

    /** Every problem of the calendar; empty when it can be used. */
    public static List<String> problems(List<CalendarSpan> spans) {
        List<String> problems = new ArrayList<>();
        List<CalendarSpan> terms = sorted(spans, CalendarSpanKind.TERM);
        List<CalendarSpan> closures = sorted(spans, CalendarSpanKind.CLOSURE);
        if (terms.isEmpty()) {
            problems.add("The calendar has no term dates");
            return problems;
        }
        for (CalendarSpan term : terms) {
            if (isWeekend(term.first())) {
                problems.add(describe(term) + " starts on a " + dayName(term.first()) + ": a term starts and ends on school days");
            }
            if (isWeekend(term.last())) {
                problems.add(describe(term) + " ends on a " + dayName(term.last()) + ": a term starts and ends on school days");
            }
        }
        overlaps(terms, "terms", problems);
        overlaps(closures, "closures", problems);
        for (CalendarSpan closure : closures) {
            if (terms.stream().noneMatch(term -> !closure.first().isBefore(term.first()) && !closure.last().isAfter(term.last()))) {
                problems.add(describe(closure) + " is not inside any term");
            } else if (closure.first().datesUntil(closure.last().plusDays(1)).allMatch(day -> isWeekend(day) || EnglishBankHolidays.isBankHoliday(day))) {
                problems.add(describe(closure) + " falls only on weekends or bank holidays, when schools are shut anyway");
            }
        }
        Set<String> years = academicYears(spans);
        String firstYear = academicYearOf(terms.get(0).first());
        String lastYear = academicYearOf(terms.get(terms.size() - 1).first());
        for (int start = startYearOf(firstYear); start <= startYearOf(lastYear); start++) {
            String year = yearName(start);
            if (!years.contains(year)) {
                problems.add("No term dates for " + year + ": every academic year from " + firstYear + " to " + lastYear + " needs its terms");
            }
        }
        if (problems.isEmpty()) {
            for (String year : years) {
                long days = schoolDaysIn(year, spans);
                if (days < FEWEST_SCHOOL_DAYS || days > MOST_SCHOOL_DAYS) {
                    problems.add(year + " has " + days + " school days: check the dates (a school year has about 190)");
                }
            }
        }
        return problems;
    }

    /** "2026/27" for any day from 1 September 2026 to 31 August 2027. */
    public static String academicYearOf(LocalDate day) {
        return yearName(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** The academic years of the calendar's terms, in order. */
    public static Set<String> academicYears(List<CalendarSpan> spans) {
        Set<String> years = new TreeSet<>();
        spans.stream().filter(span -> span.kind() == CalendarSpanKind.TERM).forEach(term -> years.add(academicYearOf(term.first())));
        return years;
    }

    /** The calendar as the plugin API's term-time calendar, which answers whether a day is a school day. */
    public static TermTimeCalendar toTermTimeCalendar(List<CalendarSpan> spans) {
        return new TermTimeCalendar(
                sorted(spans, CalendarSpanKind.TERM).stream().map(term -> new TermTimeCalendar.DateSpan(term.first(), term.last(), term.label())).toList(),
                sorted(spans, CalendarSpanKind.CLOSURE).stream().map(closure -> new TermTimeCalendar.DateSpan(closure.first(), closure.last(), closure.label()))
                        .toList());
    }

    /** Weekdays of the year's terms, less closures and bank holidays. */
    static long schoolDaysIn(String year, List<CalendarSpan> spans) {
        List<CalendarSpan> closures = sorted(spans, CalendarSpanKind.CLOSURE);
        return sorted(spans, CalendarSpanKind.TERM).stream().filter(term -> academicYearOf(term.first()).equals(year))
                .flatMap(term -> term.first().datesUntil(term.last().plusDays(1)))
                .filter(day -> !isWeekend(day) && !EnglishBankHolidays.isBankHoliday(day))
                .filter(day -> closures.stream().noneMatch(closure -> !day.isBefore(closure.first()) && !day.isAfter(closure.last())))
                .count();
    }

    private static void overlaps(List<CalendarSpan> sorted, String what, List<String> problems) {
        for (int i = 1; i < sorted.size(); i++) {
            CalendarSpan before = sorted.get(i - 1);
            CalendarSpan after = sorted.get(i);
            if (!after.first().isAfter(before.last())) {
                problems.add(describe(before) + " and " + describe(after) + " overlap: " + what + " cannot share days");
            }
        }
    }

    private static List<CalendarSpan> sorted(List<CalendarSpan> spans, CalendarSpanKind kind) {
        return spans.stream().filter(span -> span.kind() == kind).sorted(Comparator.comparing(CalendarSpan::first)).toList();
    }

    private static String describe(CalendarSpan span) {
        return span.first().equals(span.last()) ? span.label() + " " + span.first().format(SHOWN)
                : span.label() + " " + span.first().format(SHOWN) + " to " + span.last().format(SHOWN);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String dayName(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static int startYearOf(String year) {
        return Integer.parseInt(year.substring(0, 4));
    }

    private static String yearName(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
