package org.pupilsupport.core.cases;

/** Checks of officer-typed text, with messages that name the field. */
final class Text {

    private Text() {
    }

    /** The value, refused with the officer-readable message when missing. */
    static <T> T present(T value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }

    /** Trimmed text, refused when blank or too long. */
    static String required(String text, String what, int longest) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter " + what);
        }
        return optional(text, what, longest);
    }

    /** Trimmed text or null when blank; refused when too long. */
    static String optional(String text, String what, int longest) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > longest) {
            throw new IllegalArgumentException("Keep " + what + " to " + longest + " characters (it has " + stripped.length() + ")");
        }
        return stripped;
    }
}
