package org.pupilsupport.core.children;

import java.util.Locale;
import java.util.Objects;

/**
 * A DfE unique pupil number: a check letter, then the 3-digit LA code, 4-digit establishment number,
 * 2-digit year and 3-character serial. A temporary UPN (issued until the permanent one is known) ends in
 * a letter instead of a digit.
 *
 * <p>The check letter is the remainder, modulo 23, of the sum of characters 2 to 13 weighted 2 to 13
 * (a final letter counts as its position in the check alphabet), looked up in {@value #CHECK_ALPHABET}.
 * I, O and S are never used, so they cannot be confused with 1, 0 and 5.
 */
public record Upn(String value) {

    /** The letters a check letter (or a temporary UPN's last character) can be. */
    public static final String CHECK_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private static final int LENGTH = 13;

    /** @throws InvalidUpnException if the value is not a valid UPN in canonical (upper-case) form */
    public Upn {
        Objects.requireNonNull(value, "UPN");
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidUpnException(problem);
        }
    }

    /**
     * Reads a UPN as typed or imported: surrounding spaces are dropped and letters upper-cased.
     *
     * @throws InvalidUpnException with a message an officer can act on
     */
    public static Upn parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidUpnException("Enter the UPN: 13 characters, such as B801200005001");
        }
        return new Upn(typed.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether this is a temporary UPN, to be replaced (and kept as a former UPN) when the permanent one is issued. */
    public boolean isTemporary() {
        return Character.isLetter(value.charAt(LENGTH - 1));
    }

    /** The local authority code embedded in the UPN (the authority that issued it). */
    public String issuingLaCode() {
        return value.substring(1, 4);
    }

    /** The check letter that a UPN with these twelve characters after the check letter must carry. */
    static char checkLetterFor(String lastTwelve) {
        int sum = 0;
        for (int i = 0; i < lastTwelve.length(); i++) {
            char c = lastTwelve.charAt(i);
            int weight = i + 2;
            int numeric = Character.isDigit(c) ? c - '0' : CHECK_ALPHABET.indexOf(c);
            sum += numeric * weight;
        }
        return CHECK_ALPHABET.charAt(sum % 23);
    }

    private static String problemWith(String value) {
        if (value.length() != LENGTH) {
            return "A UPN has 13 characters; '" + value + "' has " + value.length();
        }
        if (CHECK_ALPHABET.indexOf(value.charAt(0)) < 0) {
            return "A UPN starts with a capital check letter (not I, O or S); '" + value + "' starts with '" + value.charAt(0) + "'";
        }
        for (int i = 1; i < LENGTH - 1; i++) {
            if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
                return "Characters 2 to 12 of a UPN are digits; '" + value + "' has '" + value.charAt(i) + "' at position " + (i + 1);
            }
        }
        char last = value.charAt(LENGTH - 1);
        if (!(last >= '0' && last <= '9') && CHECK_ALPHABET.indexOf(last) < 0) {
            return "The last character of a UPN is a digit, or a capital letter (not I, O or S) for a temporary UPN; '" + value + "' ends in '" + last + "'";
        }
        char expected = checkLetterFor(value.substring(1));
        if (value.charAt(0) != expected) {
            return "The check letter of UPN " + value + " should be " + expected + ", not " + value.charAt(0) + ": check it was copied correctly";
        }
        return null;
    }

    /**
     * Builds a valid UPN from its parts, computing the check letter: used when the service issues a UPN.
     *
     * @param serial three characters: digits, or two digits and a letter for a temporary UPN
     */
    public static Upn issue(String laCode, String establishmentNumber, int yearOfAllocation, String serial) {
        String body = laCode + establishmentNumber + String.format(Locale.ROOT, "%02d", yearOfAllocation % 100) + serial;
        return new Upn(checkLetterFor(body) + body);
    }

    @Override
    public String toString() {
        return value;
    }
}
