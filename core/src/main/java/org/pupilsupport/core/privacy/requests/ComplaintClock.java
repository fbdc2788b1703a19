package org.pupilsupport.core.privacy.requests;

import java.time.LocalDate;

/**
 * The clock of a complaint to the controller under DPA 2018 s164A (in force from 19 June 2026): receipt must be
 * acknowledged "within the period of 30 days beginning when the complaint is received" (s164A(3)), so by the 30th
 * day counting the day of receipt as the first; the outcome is due "without undue delay" (s164A(4)), which the
 * statute leaves to the controller, so the borough sets a target in working days.
 */
public record ComplaintClock(LocalDate receivedOn, int responseWorkingDays) {

    /** A council's usual first-stage complaint target, used until the borough sets its own. */
    public static final int DEFAULT_RESPONSE_WORKING_DAYS = 20;

    public ComplaintClock {
        if (receivedOn == null) {
            throw new IllegalArgumentException("A complaint's clock needs the day it was received");
        }
        if (responseWorkingDays < 1) {
            throw new IllegalArgumentException("The response target is at least one working day");
        }
    }

    public LocalDate acknowledgeBy() {
        return receivedOn.plusDays(29);
    }

    /** The target for the outcome: that many working days after the day of receipt (weekends and bank holidays skipped). */
    public LocalDate respondBy() {
        LocalDate day = receivedOn;
        for (int counted = 0; counted < responseWorkingDays; ) {
            day = day.plusDays(1);
            if (RequestClock.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
