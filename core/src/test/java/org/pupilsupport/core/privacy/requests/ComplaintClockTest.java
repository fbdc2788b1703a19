package org.pupilsupport.core.privacy.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Days counted by hand from DPA 2018 s164A(3) and the borough's working-day target. */
class ComplaintClockTest {

    @Test
    void receiptIsAcknowledgedWithinThirtyDaysCountingTheDayOfReceipt() {
        // received 1 Jul 2026 is day 1, so day 30 is 30 Jul 2026
        assertEquals(LocalDate.of(2026, 7, 30), new ComplaintClock(LocalDate.of(2026, 7, 1), 20).acknowledgeBy());
    }

    @Test
    void theResponseTargetSkipsWeekendsAndBankHolidays() {
        // received Wed 16 Dec 2026, five working days: Thu 17, Fri 18, Mon 21, Tue 22, Wed 23 Dec
        assertEquals(LocalDate.of(2026, 12, 23), new ComplaintClock(LocalDate.of(2026, 12, 16), 5).respondBy());
        // seven: then Thu 24, skip Fri 25 (Christmas), Sat, Sun, Mon 28 (Boxing Day kept), so Tue 29 Dec
        assertEquals(LocalDate.of(2026, 12, 29), new ComplaintClock(LocalDate.of(2026, 12, 16), 7).respondBy());
    }

    @Test
    void aTargetOfNoDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ComplaintClock(LocalDate.of(2026, 7, 1), 0));
    }
}
