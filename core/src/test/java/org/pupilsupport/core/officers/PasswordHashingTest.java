package org.pupilsupport.core.officers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashingTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void theSamePasswordMatchesItsHash() {
        String stored = PasswordHashing.hash(PASSWORD.toCharArray());

        assertTrue(PasswordHashing.matches(PASSWORD.toCharArray(), stored));
    }

    @Test
    void aDifferentPasswordDoesNotMatch() {
        String stored = PasswordHashing.hash(PASSWORD.toCharArray());

        assertFalse(PasswordHashing.matches("correct horse battery stapler".toCharArray(), stored));
    }

    @Test
    void twoHashesOfOnePasswordDifferBecauseOfTheSalt() {
        String first = PasswordHashing.hash(PASSWORD.toCharArray());
        String second = PasswordHashing.hash(PASSWORD.toCharArray());

        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
    }

    @Test
    void storedFormIsSchemeIterationsSaltAndHash() {
        String[] parts = PasswordHashing.hash(PASSWORD.toCharArray()).split("\\$");

        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("600000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void aHashMadeWithAnotherIterationCountStillMatches() throws GeneralSecurityException {
        byte[] salt = "sixteen byte slt".getBytes();
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 1000, 256)).getEncoded();
        String stored = "pbkdf2-sha256$1000$" + Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(hash);

        assertTrue(PasswordHashing.matches(PASSWORD.toCharArray(), stored));
        assertFalse(PasswordHashing.matches("another password".toCharArray(), stored));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "md5$1$a$b",
            "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$600000$not*base64!$aGFzaA",
            "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA$%%%",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$1000$$aGFzaA",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
            "$$$"})
    void aMalformedStoredHashNeverMatchesAndNeverThrows(String stored) {
        assertFalse(PasswordHashing.matches(PASSWORD.toCharArray(), stored));
    }
}
