package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The 45-school-day yearly limit on suspensions, counted in sessions, and the warning before it. */
class SuspensionAllowanceTest {

    @Test
    void ninetySessionsIsExactlyTheLimitAndNotPastIt() {
        SuspensionAllowance allowance = new SuspensionAllowance(90);

        assertFalse(allowance.passed());
        assertEquals(45.0, allowance.daysUsed());
    }

    @Test
    void ninetyOneSessionsIsPastTheLimit() {
        SuspensionAllowance allowance = new SuspensionAllowance(91);

        assertTrue(allowance.passed());
        // Past the limit is its own warning, not "near" any more.
        assertFalse(allowance.near());
        assertEquals("Suspensions this academic year total 45½ school days: past the legal limit of 45", allowance.warning());
    }

    @Test
    void theWarningStartsAtFortyDays() {
        SuspensionAllowance justUnder = new SuspensionAllowance(79);
        SuspensionAllowance fortyDays = new SuspensionAllowance(80);

        assertFalse(justUnder.near());
        assertNull(justUnder.warning());
        assertTrue(fortyDays.near());
        assertEquals("Suspensions this academic year total 40 of the 45 school days allowed", fortyDays.warning());
    }

    @Test
    void theLimitItselfStillOnlyWarns() {
        SuspensionAllowance atTheLimit = new SuspensionAllowance(90);

        assertTrue(atTheLimit.near());
        assertEquals("Suspensions this academic year total 45 of the 45 school days allowed", atTheLimit.warning());
    }

    @Test
    void aHalfDayIsShownAsAHalf() {
        SuspensionAllowance allowance = new SuspensionAllowance(81);

        assertEquals(40.5, allowance.daysUsed());
        assertEquals("Suspensions this academic year total 40½ of the 45 school days allowed", allowance.warning());
        assertEquals("2½", SuspensionAllowance.days(5));
    }

    @Test
    void aSuspensionReportsItsLengthWithHalfDays() {
        Exclusion morningOff = new Exclusion(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 11, 2), 5, List.of("PD"),
                LocalDate.of(2026, 11, 2), false, false, LocalDate.of(2026, 11, 2));

        assertEquals("2½ school days", morningOff.lengthDescription());
    }

    @Test
    void noSuspensionsIsNothingToWarnAbout() {
        SuspensionAllowance none = new SuspensionAllowance(0);

        assertFalse(none.passed());
        assertFalse(none.near());
        assertNull(none.warning());
    }

    @Test
    void negativeSessionsAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new SuspensionAllowance(-1));

        assertEquals("Sessions cannot be negative", refused.getMessage());
    }

    @Test
    void theThirtyFirstOfAugustBelongsToTheYearThatStartedTheSeptemberBefore() {
        LocalDate start = SuspensionAllowance.academicYearStart(LocalDate.of(2026, 8, 31));

        assertEquals(LocalDate.of(2025, 9, 1), start);
    }

    @Test
    void theFirstOfSeptemberStartsANewAcademicYear() {
        LocalDate start = SuspensionAllowance.academicYearStart(LocalDate.of(2026, 9, 1));

        assertEquals(LocalDate.of(2026, 9, 1), start);
    }

    @Test
    void aJanuaryDateBelongsToTheYearThatStartedThePreviousSeptember() {
        LocalDate start = SuspensionAllowance.academicYearStart(LocalDate.of(2027, 1, 15));

        assertEquals(LocalDate.of(2026, 9, 1), start);
    }
}
