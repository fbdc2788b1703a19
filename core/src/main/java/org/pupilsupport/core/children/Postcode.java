package org.pupilsupport.core.children;

import java.util.Locale;
import java.util.regex.Pattern;

/** A UK postcode, held in its standard form: upper case with one space before the inward code ("KT1 1EU"). */
public final class Postcode {

    // Outward code (area, district, optional sub-district) then inward code (sector digit, unit letters).
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

    private Postcode() {
    }

    /**
     * @return the postcode in standard form
     * @throws IllegalArgumentException if it is not shaped like a UK postcode
     */
    public static String normalised(String text) {
        String compact = text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            throw new IllegalArgumentException("\"" + (text == null ? "" : text.strip()) + "\" is not a UK postcode (for example KT1 1EU)");
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
