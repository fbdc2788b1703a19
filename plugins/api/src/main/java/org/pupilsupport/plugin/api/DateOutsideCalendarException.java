package org.pupilsupport.plugin.api;

import java.time.LocalDate;

/**
 * A school-day question was asked about a date the calendar has no term dates for.
 *
 * @since 1.0
 */
public class DateOutsideCalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;

    public DateOutsideCalendarException(LocalDate date, LocalDate coveredFrom, LocalDate coveredUntil) {
        super("No school calendar for " + date + ": term dates are known from " + coveredFrom + " to " + coveredUntil);
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
