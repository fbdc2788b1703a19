package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Compulsory school age (Education Act 1996 s8), each date counted by hand from the section's wording. */
class CompulsorySchoolAgeTest {

    @Test
    void itBeginsOnThePrescribedDayAfterTheFifthBirthday() {
        // Five on 14 Feb 2026: the next prescribed day is 31 March.
        assertEquals(LocalDate.of(2026, 3, 31), CompulsorySchoolAge.startsOn(LocalDate.of(2021, 2, 14)));
        // Five on 1 Sep 2026: the next is 31 December.
        assertEquals(LocalDate.of(2026, 12, 31), CompulsorySchoolAge.startsOn(LocalDate.of(2021, 9, 1)));
        // Five on a prescribed day: that day itself (s8(2)(a)).
        assertEquals(LocalDate.of(2026, 3, 31), CompulsorySchoolAge.startsOn(LocalDate.of(2021, 3, 31)));
        // Five on 1 Jan 2026, just after 31 Dec: 31 March.
        assertEquals(LocalDate.of(2026, 3, 31), CompulsorySchoolAge.startsOn(LocalDate.of(2021, 1, 1)));
        // Born 29 Feb 2016, five in a common year: 31 March 2021 whichever day counts as the birthday.
        assertEquals(LocalDate.of(2021, 3, 31), CompulsorySchoolAge.startsOn(LocalDate.of(2016, 2, 29)));
    }

    @Test
    void itEndsOnTheSchoolLeavingDateTheSixteenthBirthdayCalls() {
        // The last Friday in June: 30 Jun 2026 is a Tuesday, so Fri 26 Jun; 30 Jun 2027 is a Wednesday, so Fri 25 Jun.
        assertEquals(LocalDate.of(2026, 6, 26), CompulsorySchoolAge.schoolLeavingDate(2026));
        assertEquals(LocalDate.of(2027, 6, 25), CompulsorySchoolAge.schoolLeavingDate(2027));
        // Sixteen on 10 May 2026, before that year's leaving date (s8(3)(c)): 26 Jun 2026.
        assertEquals(LocalDate.of(2026, 6, 26), CompulsorySchoolAge.endsOn(LocalDate.of(2010, 5, 10)));
        // Sixteen on the leaving date itself (s8(3)(b)).
        assertEquals(LocalDate.of(2026, 6, 26), CompulsorySchoolAge.endsOn(LocalDate.of(2010, 6, 26)));
        // Sixteen on 15 Jul 2026, after it but before the next school year (s8(3)(a)): still 26 Jun 2026.
        assertEquals(LocalDate.of(2026, 6, 26), CompulsorySchoolAge.endsOn(LocalDate.of(2010, 7, 15)));
        // Sixteen on 20 Oct 2026, in the next school year: the next leaving date, 25 Jun 2027.
        assertEquals(LocalDate.of(2027, 6, 25), CompulsorySchoolAge.endsOn(LocalDate.of(2010, 10, 20)));
    }

    @Test
    void aChildIsOfCompulsorySchoolAgeFromItsFirstDayToItsLast() {
        LocalDate born = LocalDate.of(2021, 2, 14);

        assertFalse(CompulsorySchoolAge.on(born, LocalDate.of(2026, 3, 30)), "a nursery child, the day before");
        assertTrue(CompulsorySchoolAge.on(born, LocalDate.of(2026, 3, 31)));
        assertTrue(CompulsorySchoolAge.on(LocalDate.of(2010, 5, 10), LocalDate.of(2026, 6, 26)), "the leaving date is the last day");
        assertFalse(CompulsorySchoolAge.on(LocalDate.of(2010, 5, 10), LocalDate.of(2026, 6, 27)), "a sixth former, the day after");
    }
}
