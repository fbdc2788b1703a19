package org.pupilsupport.core.officers;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void elevenCharactersAreTooFew() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PasswordPolicy.check("elevenchars".toCharArray()));

        assertEquals("A password needs at least 12 characters; a few words together are easiest to remember", refused.getMessage());
        assertFalse(refused.getMessage().contains("elevenchars"));
    }

    @Test
    void noPasswordIsTooFew() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(null));

        assertEquals("A password needs at least 12 characters; a few words together are easiest to remember", refused.getMessage());
    }

    @Test
    void twelveCharactersAreEnough() {
        assertDoesNotThrow(() -> PasswordPolicy.check("twelve chars".toCharArray()));
    }

    @Test
    void oneHundredAndTwentyEightCharactersAreAllowed() {
        assertDoesNotThrow(() -> PasswordPolicy.check("x".repeat(128).toCharArray()));
    }

    @Test
    void oneHundredAndTwentyNineCharactersAreTooMany() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PasswordPolicy.check("x".repeat(129).toCharArray()));

        assertEquals("A password can have at most 128 characters", refused.getMessage());
    }
}
