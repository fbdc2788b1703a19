package org.pupilsupport.core.children;

/** Refuses a missing value an officer must enter, with the message the officer will see. */
final class Required {

    private Required() {
    }

    /** @throws IllegalArgumentException with the message if the value is missing */
    static <T> T value(T value, String messageIfMissing) {
        if (value == null) {
            throw new IllegalArgumentException(messageIfMissing);
        }
        return value;
    }
}
