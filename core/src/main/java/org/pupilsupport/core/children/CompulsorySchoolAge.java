package org.pupilsupport.core.children;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Whether a child is of compulsory school age on a day (Education Act 1996 s8). A child begins to be of compulsory
 * school age on their fifth birthday if it is a prescribed day, otherwise on the next prescribed day: 31 March,
 * 31 August or 31 December (Education (Start of Compulsory School Age) Order 1998). They cease at the end of a school
 * leaving date, the last Friday in June (Education (School Leaving Date) Order 1997): that of the year they turn 16 if
 * their birthday is on or before it, or after it but before the next school year begins; otherwise the next one.
 * Duties about children missing education and elective home education concern only children of that age.
 */
public final class CompulsorySchoolAge {

    private static final List<MonthDay> PRESCRIBED_DAYS = List.of(MonthDay.of(Month.MARCH, 31), MonthDay.of(Month.AUGUST, 31),
            MonthDay.of(Month.DECEMBER, 31));

    private CompulsorySchoolAge() {
    }

    /**
     * The first day of compulsory school age. A child born on 29 February turns five on 28 February in a common year
     * here; no prescribed day falls between that and 1 March, so the answer is the same either way.
     */
    public static LocalDate startsOn(LocalDate dateOfBirth) {
        LocalDate fifthBirthday = dateOfBirth.plusYears(5);
        for (int year = fifthBirthday.getYear(); ; year++) {
            for (MonthDay prescribed : PRESCRIBED_DAYS) {
                LocalDate day = prescribed.atYear(year);
                if (!day.isBefore(fifthBirthday)) {
                    return day;
                }
            }
        }
    }

    /**
     * The last day of compulsory school age. "The beginning of the school year next following" is taken as 1 September:
     * a school year begins with the first term after July (s579(1)), and a birthday between 1 September and that term's
     * first day is the only case this can misjudge, by one year, towards keeping the duty.
     */
    public static LocalDate endsOn(LocalDate dateOfBirth) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        LocalDate leavingDate = schoolLeavingDate(sixteenth.getYear());
        if (!sixteenth.isAfter(leavingDate) || sixteenth.isBefore(LocalDate.of(sixteenth.getYear(), Month.SEPTEMBER, 1))) {
            return leavingDate;
        }
        return schoolLeavingDate(sixteenth.getYear() + 1);
    }

    public static boolean on(LocalDate dateOfBirth, LocalDate day) {
        return !day.isBefore(startsOn(dateOfBirth)) && !day.isAfter(endsOn(dateOfBirth));
    }

    /** The last Friday in June of the year. */
    static LocalDate schoolLeavingDate(int year) {
        return LocalDate.of(year, Month.JUNE, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }
}
