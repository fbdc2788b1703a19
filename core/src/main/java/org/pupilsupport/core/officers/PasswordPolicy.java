package org.pupilsupport.core.officers;

/**
 * Rules for new passwords (NCSC password guidance and OWASP ASVS 2.1): long passphrases, no composition
 * rules, and nothing an attacker would try first, such as a commonly used password or the username itself.
 */
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
        if (CommonPasswords.includes(String.valueOf(password))) {
            throw new IllegalArgumentException("This password is on a list of commonly used passwords; choose another");
        }
    }

    /**
     * As {@link #check(char[])}, and refuses the username as the password, also with digits or symbols
     * around it ("jsmith2026!"): it is the first guess against an account.
     *
     * @throws IllegalArgumentException saying what is wrong, never echoing the password
     */
    public static void check(char[] password, String username) {
        check(password);
        if (username == null || username.isBlank()) {
            return;
        }
        String typed = CommonPasswords.normalised(String.valueOf(password));
        String user = CommonPasswords.normalised(username);
        if (typed.equals(user) || CommonPasswords.wordWithin(typed).equals(user)) {
            throw new IllegalArgumentException("A password must not be the username; choose another");
        }
    }
}
