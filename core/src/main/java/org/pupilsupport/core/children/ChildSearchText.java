package org.pupilsupport.core.children;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the child search box can read in what was typed. Names hold no digits, so text with digits is an
 * identifier (a UPN, a school's URN, a date of birth or a postcode) or it is refused with a message: part of
 * a UPN used to lose its digits and find every child whose name starts with its first letter.
 */
public final class ChildSearchText {

    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));

    private ChildSearchText() {
    }

    /** A date of birth typed as dd/mm/yyyy or as an ISO date (yyyy-mm-dd); impossible dates are not dates. */
    public static Optional<LocalDate> asDate(String text) {
        String cleaned = text == null ? "" : text.strip();
        for (DateTimeFormatter form : DATE_FORMS) {
            try {
                return Optional.of(LocalDate.parse(cleaned, form));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** Why the text cannot be searched, in words the officer can act on; empty when it can. */
    public static Optional<String> problemWith(String text) {
        String cleaned = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (cleaned.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (cleaned.matches("\\d{6}") || asDate(cleaned).isPresent() || isPostcode(cleaned)) {
            return Optional.empty();
        }
        if (cleaned.matches("[A-Z]?\\d[\\dA-Z]*")) {
            if (cleaned.length() == 13) {
                // Thirteen characters: meant as a whole UPN; say what is wrong with it (usually the check letter).
                return upnProblem(cleaned);
            }
            return Optional.of("Enter the full 13-character UPN, such as B801200005001: search does not match part of a UPN");
        }
        if (cleaned.matches("[\\d/.-]+")) {
            return Optional.of("Enter a date of birth as dd/mm/yyyy or yyyy-mm-dd, such as 27/03/2014 or 2014-03-27, and check it is a real date");
        }
        return Optional.of("Names have no digits: search by name, or by a full UPN, a school's 6-digit URN, a date of birth or a full postcode");
    }

    private static Optional<String> upnProblem(String cleaned) {
        try {
            new Upn(cleaned);
            return Optional.empty();
        } catch (InvalidUpnException notAUpn) {
            return Optional.of(notAUpn.getMessage());
        }
    }

    private static boolean isPostcode(String cleaned) {
        try {
            Postcode.normalised(cleaned);
            return true;
        } catch (IllegalArgumentException notAPostcode) {
            return false;
        }
    }
}
