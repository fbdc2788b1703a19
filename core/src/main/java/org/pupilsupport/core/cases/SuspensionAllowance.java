package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.time.Month;

/**
 * A pupil's suspensions against the legal limit: no more than 45 school days in one academic year, across
 * every school (Education Act 2002 s51A and the 2012 Regulations). Counted in sessions, because a suspension
 * can be for a morning or an afternoon; two sessions make a school day.
 *
 * @param sessionsThisYear every suspension session of the pupil in the academic year, this one included
 */
public record SuspensionAllowance(int sessionsThisYear) {

    public static final int YEARLY_LIMIT_DAYS = 45;
    /** From here the officer is warned that the limit is near, so the school can be challenged before it passes. */
    public static final int WARN_FROM_DAYS = 40;

    public SuspensionAllowance {
        if (sessionsThisYear < 0) {
            throw new IllegalArgumentException("Sessions cannot be negative");
        }
    }

    public double daysUsed() {
        return sessionsThisYear / 2.0;
    }

    public boolean passed() {
        return sessionsThisYear > YEARLY_LIMIT_DAYS * 2;
    }

    public boolean near() {
        return !passed() && sessionsThisYear >= WARN_FROM_DAYS * 2;
    }

    /** What the screen says, or null when there is nothing to warn about. */
    public String warning() {
        if (passed()) {
            return "Suspensions this academic year total " + days(sessionsThisYear) + " school days: past the legal limit of "
                    + YEARLY_LIMIT_DAYS;
        }
        if (near()) {
            return "Suspensions this academic year total " + days(sessionsThisYear) + " of the " + YEARLY_LIMIT_DAYS
                    + " school days allowed";
        }
        return null;
    }

    /** The first day of the academic year (1 September) that the date falls in. */
    public static LocalDate academicYearStart(LocalDate date) {
        int year = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    static String days(int sessions) {
        if (sessions % 2 == 0) {
            return Integer.toString(sessions / 2);
        }
        return sessions == 1 ? "½" : (sessions / 2) + "½";
    }
}
