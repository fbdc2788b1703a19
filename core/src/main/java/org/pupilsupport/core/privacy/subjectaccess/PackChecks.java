package org.pupilsupport.core.privacy.subjectaccess;

import java.util.List;

/** The pack records' shared guards, so that every part of a pack refuses bad input in the same words. */
final class PackChecks {

    private PackChecks() {
    }

    static String required(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    static <T> List<T> listOf(List<T> values, String what) {
        if (values == null) {
            throw new IllegalArgumentException(what + " cannot be null (give an empty list)");
        }
        // not values.contains(null): List.of's lists throw on being asked about null
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(what + " cannot include null");
            }
        }
        return List.copyOf(values);
    }
}
