package org.pupilsupport.core.validation;

import java.util.Objects;

/**
 * One reason a command was refused.
 *
 * @param field   the command's field at fault (a parameter or record component name), or null when the
 *                problem is with the command as a whole
 * @param message what the officer should do, in their words
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        Objects.requireNonNull(message, "message");
    }
}
