package org.pupilsupport.plugin.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bank holidays in England (and Wales), computed from the standing rules of the Banking and Financial
 * Dealings Act 1971 and the annual proclamations. Schools close on them even inside term, so every
 * calendar, the baseline and each borough's, removes them.
 *
 * <p>The rules: New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last
 * Monday of August, Christmas Day and Boxing Day, with a weekday substitute when one falls at a weekend.
 * Royal proclamations have moved or added days in some years; those known are listed here and must be
 * extended when a new one is made.
 *
 * @since 1.0
 */
public final class EnglishBankHolidays {

    /** Days moved away from their rule date by proclamation: rule date to the day actually kept. */
    private static final Map<LocalDate, LocalDate> PROCLAIMED_MOVES = Map.of(
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),   // VE Day 75th anniversary
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));  // Platinum Jubilee

    /** Extra days proclaimed in addition to the rules. */
    private static final Set<LocalDate> PROCLAIMED_EXTRA = Set.of(
            LocalDate.of(2022, 6, 3),    // Platinum Jubilee
            LocalDate.of(2022, 9, 19),   // State funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));   // Coronation of King Charles III

    private EnglishBankHolidays() {
    }

    /** @since 1.0 */
    public static boolean isBankHoliday(LocalDate date) {
        return inYear(date.getYear()).contains(date);
    }

    /**
     * Every bank holiday in the calendar year, in date order.
     *
     * @since 1.0
     */
    public static Set<LocalDate> inYear(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(nextWeekday(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easterSunday = easterSunday(year);
        days.add(easterSunday.minusDays(2));
        days.add(easterSunday.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        addChristmasAndBoxingDay(year, days);

        PROCLAIMED_MOVES.forEach((ruleDate, keptDate) -> {
            if (days.remove(ruleDate)) {
                days.add(keptDate);
            }
        });
        PROCLAIMED_EXTRA.stream().filter(day -> day.getYear() == year).forEach(days::add);
        return days;
    }

    private static void addChristmasAndBoxingDay(int year, Set<LocalDate> days) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxingDay = christmas.plusDays(1);
        // Substitutes take the next weekday that is not already a holiday, so a Saturday Christmas
        // gives Monday 27 and a Sunday Boxing Day then gives Tuesday 28.
        LocalDate christmasKept = nextWeekday(christmas);
        LocalDate boxingKept = nextWeekday(boxingDay);
        if (!boxingKept.isAfter(christmasKept)) {
            boxingKept = nextWeekday(christmasKept.plusDays(1));
        }
        days.add(christmasKept);
        days.add(boxingKept);
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
