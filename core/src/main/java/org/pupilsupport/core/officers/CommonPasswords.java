package org.pupilsupport.core.officers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Passwords that attackers try first, so that no officer can choose one (NCSC password guidance; OWASP ASVS
 * 2.1.7). Two kinds: the words and passwords listed in {@code common-passwords.txt}, also with digits or
 * symbols around them ("Summer2026!!", "password1234"); and shapes no list can hold in full, alone or with
 * digits or symbols around them: one character repeated, something shorter than the minimum length typed
 * again and again, and straight runs of digits or letters ("123456789012", "zyxwvutsrqpo", "abcdefghij!!").
 */
final class CommonPasswords {

    private static final String LIST = "common-passwords.txt";

    /** Read once, when first needed; the JVM's class initialisation makes it safe to share between threads. */
    private static final Set<String> LISTED = load();

    private CommonPasswords() {
    }

    /** @param password as typed; compared stripped and without regard to case */
    static boolean includes(String password) {
        String typed = normalised(password);
        String word = wordWithin(typed);
        if (LISTED.contains(typed) || LISTED.contains(word)) {
            return true;
        }
        String withoutSymbolsAround = typed.replaceFirst("^[\\p{Punct}\\p{S}\\s]+", "").replaceFirst("[\\p{Punct}\\p{S}\\s]+$", "");
        // A shape in the word counts only when it is most of the password: "aaa" before twelve random digits is no pattern.
        return Stream.of(typed, withoutSymbolsAround, word.length() * 2 >= typed.length() ? word : "")
                .anyMatch(candidate -> isRepetition(candidate) || isStraightRun(candidate));
    }

    static String normalised(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }

    /** What is left once the digits, punctuation and spaces people add before or after a word are removed. */
    static String wordWithin(String typed) {
        return typed.replaceFirst("^[\\p{N}\\p{Punct}\\p{S}\\s]+", "").replaceFirst("[\\p{N}\\p{Punct}\\p{S}\\s]+$", "");
    }

    /**
     * Something shorter than the minimum length, typed two or more times: no stronger than what was
     * repeated ("aaaaaaaaaaaa", "abc123abc123", "monkeymonkey"). Doubling a word is a standard cracking rule.
     */
    private static boolean isRepetition(String typed) {
        int length = typed.length();
        for (int unit = 1; unit <= length / 2 && unit < PasswordPolicy.MIN_LENGTH; unit++) {
            if (length % unit == 0 && typed.substring(0, unit).repeat(length / unit).equals(typed)) {
                return true;
            }
        }
        return false;
    }

    /** Each character one up, or each one down, from the last: digits wrap round (…8, 9, 0, 1…), letters do not. */
    private static boolean isStraightRun(String typed) {
        if (typed.length() < 3) {
            return false;
        }
        boolean digits = typed.chars().allMatch(c -> c >= '0' && c <= '9');
        boolean letters = typed.chars().allMatch(c -> c >= 'a' && c <= 'z');
        if (!digits && !letters) {
            return false;
        }
        int step = step(typed.charAt(0), typed.charAt(1), digits);
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < typed.length(); i++) {
            if (step(typed.charAt(i - 1), typed.charAt(i), digits) != step) {
                return false;
            }
        }
        return true;
    }

    private static int step(char from, char to, boolean digits) {
        int difference = to - from;
        if (digits && Math.abs(difference) == 9) {
            // 9 then 0 goes up by one, 0 then 9 down by one
            return -Integer.signum(difference);
        }
        return difference;
    }

    private static Set<String> load() {
        InputStream list = CommonPasswords.class.getResourceAsStream(LIST);
        if (list == null) {
            throw new IllegalStateException("The list of common passwords, " + LIST + ", is missing from the core's resources");
        }
        Set<String> listed = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String entry = normalised(line);
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    listed.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords, " + LIST, e);
        }
        return Set.copyOf(listed);
    }
}
