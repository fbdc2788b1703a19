package org.pupilsupport.core.officers;

/** Length rules for new passwords (NCSC and OWASP ASVS: long passphrases, no composition rules). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @throws IllegalArgumentException saying what is wrong, never echoing the password */
    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters; a few words together are easiest to remember");
        }
        if (password.length > MAX_LENGTH) {
            throw new IllegalArgumentException("A password can have at most " + MAX_LENGTH + " characters");
        }
    }
}
