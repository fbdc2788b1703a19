package org.pupilsupport.core.officers;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String COMMON = "This password is on a list of commonly used passwords; choose another";

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
        String passphrase = "heron lantern quietly orbits marmalade; ".repeat(4).substring(0, 128);

        assertDoesNotThrow(() -> PasswordPolicy.check(passphrase.toCharArray()));
    }

    @Test
    void oneHundredAndTwentyNineCharactersAreTooMany() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PasswordPolicy.check("x".repeat(129).toCharArray()));

        assertEquals("A password can have at most 128 characters", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpassword", "qwertyuiopasdfgh", "iloveyou4ever", "1qaz2wsx3edc", "correct horse battery staple"})
    void aListedPasswordIsRefused(String common) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(common.toCharArray()));

        assertEquals(COMMON, refused.getMessage());
        assertFalse(refused.getMessage().contains(common));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PasswordPassword", "PASSWORDPASSWORD", "  passwordPASSWORD\t", "QwertyUiopAsdfgh"})
    void caseAndSurroundingSpacesDoNotHideAListedPassword(String variant) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(variant.toCharArray()));

        assertEquals(COMMON, refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Summer2026!!", "password1234", "Welcome12345", "Chelsea1905!!", "2026-September", "!!Liverpool1892"})
    void aCommonWordWithDigitsOrSymbolsAroundItIsRefused(String decorated) {
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(decorated.toCharArray()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "111111111111!", "abcabcabcabc", "monkeymonkey", "abc123abc123", "123456789012",
            "987654321098", "890123456789", "abcdefghijklm", "ZYXWVUTSRQPO", "abcdefghijkL9", "!!mnopqrstuvw"})
    void repeatedAndSequentialCharactersAreRefused(String pattern) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(pattern.toCharArray()));

        assertEquals(COMMON, refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"heron lantern quietly orbits", "demo-password-2026", "a long enough passphrase", "the right passphrase",
            "another long passphrase", "Tr0mbone-Kettle-Vapour", "135792468013", "Kettle-2026-Vapour"})
    void anUnusualPassphraseIsAccepted(String unusual) {
        assertDoesNotThrow(() -> PasswordPolicy.check(unusual.toCharArray()));
    }

    @Test
    void aDoubledPassphraseOfTwelveOrMoreIsStillAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("heron lanternheron lantern".toCharArray()));
    }

    @Test
    void theUsernameIsNoPassword() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PasswordPolicy.check("Kingston.Officer".toCharArray(), "kingston.officer"));

        assertEquals("A password must not be the username; choose another", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("kingston.officer2026!".toCharArray(), "kingston.officer"));
        assertDoesNotThrow(() -> PasswordPolicy.check("heron lantern quietly orbits".toCharArray(), "kingston.officer"));
    }

    @Test
    void theLengthRuleComesFirst() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("password1".toCharArray()));

        assertEquals("A password needs at least 12 characters; a few words together are easiest to remember", refused.getMessage());
    }
}
