package org.pupilsupport.core.cases;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What officers quote for a case on the phone and in letters: the area's letters and the case number,
 * e.g. {@code CME-000042}. Numbers are unique across the installation, so a reference never names two cases.
 */
public record CaseReference(ServiceArea area, long number) {

    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9]{3})-?0*(\\d{1,12})");

    public CaseReference {
        Objects.requireNonNull(area, "area");
        if (number < 1) {
            throw new IllegalArgumentException("A case number starts at 1");
        }
    }

    /**
     * Reads a reference as typed: letters, optional hyphen, digits with or without leading zeros.
     *
     * @throws IllegalArgumentException saying what a reference looks like
     */
    public static CaseReference parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("A case reference is three letters and a number, e.g. CME-000042");
        }
        return new CaseReference(ServiceArea.byPrefix(matcher.group(1).toUpperCase(Locale.ROOT)), Long.parseLong(matcher.group(2)));
    }

    /** Whether the text is shaped like a reference, for a search box that also takes names. */
    public static boolean looksLikeOne(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return false;
        }
        try {
            ServiceArea.byPrefix(matcher.group(1));
            return true;
        } catch (IllegalArgumentException notAnArea) {
            return false;
        }
    }

    @Override
    public String toString() {
        return area.prefix() + "-" + String.format(Locale.ROOT, "%06d", number);
    }
}
