package org.pupilsupport.core.calendar;

import java.time.LocalDate;

/**
 * A date computed in school days, with the calendar that produced it, so a screen can say whose term
 * dates were used and warn when the baseline stood in.
 *
 * @param calendarDescription e.g. "Kingston upon Thames term dates (plugin kingston)"
 * @param fallbackReason      why the baseline was used, or null when the borough's own calendar answered
 */
public record SchoolDayDate(LocalDate date, String calendarDescription, String fallbackReason) {

    public boolean fromBaseline() {
        return fallbackReason != null;
    }
}
