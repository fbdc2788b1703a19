package org.pupilsupport.core.officers;

/** Length rules for new passwords (NCSC and OWASP ASVS: long passphrases, no composition rules). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @throws IllegalArgumentException saying what is wrong, never echoing the password */
    public static void check(char[] password) {
        // Counted in characters as people see them (code points), not UTF-16 units.
        int length = password == null ? 0 : String.valueOf(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters; a few words together are easiest to remember");
        }
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("A password can have at most " + MAX_LENGTH + " characters");
        }
    }
}
