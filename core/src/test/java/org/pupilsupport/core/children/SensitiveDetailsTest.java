package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SensitiveDetailsTest {

    @Test
    void blankConcernsAreNoConcernsAndTooLongIsRefusedWithTheLength() {
        assertNull(new SensitiveDetails(null, "   ").concernsSummary());
        assertTrue(new SensitiveDetails(null, null).isEmpty());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> new SensitiveDetails(SocialCareStatus.NONE, "x".repeat(SensitiveDetails.LONGEST_CONCERNS + 1)));
        assertTrue(tooLong.getMessage().contains("it has 2001"), tooLong.getMessage());
    }

    @Test
    void aBreakGlassReasonMustSaySomethingAndLastsOneWorkingSpell() {
        assertThrows(IllegalArgumentException.class, () -> new BreakGlassAccess("child", "officer", "   checking ", Instant.EPOCH));
        BreakGlassAccess access = new BreakGlassAccess("child", "officer", "  Duty call from a parent about attendance  ", Instant.EPOCH);
        assertEquals("Duty call from a parent about attendance", access.reason());
        assertEquals(Instant.EPOCH.plus(BreakGlassAccess.LASTS), access.expiresAt());
        assertThrows(IllegalArgumentException.class, () -> new BreakGlassAccess("child", "officer", "x".repeat(501), Instant.EPOCH));
    }
}
