package org.pupilsupport.core.children.ctf;

import java.util.Objects;

/**
 * Something wrong with one pupil (or with an informational header field) that does not stop the rest of the
 * file being read: the preview shows it beside the pupil, so the officer can see why a pupil was rejected or
 * which value will not be imported.
 *
 * @param line    the line of the file where the offending element starts, so the sending school can find it
 * @param message a complete sentence an officer can act on, without XML jargon where it can be avoided
 * @param effect  whether the whole pupil is unusable or only this value was left out
 */
public record CtfProblem(int line, String message, Effect effect) {

    /** What a problem means for the pupil it belongs to. */
    public enum Effect {
        /** The pupil cannot be matched or added safely (for example no valid UPN or no date of birth). */
        PUPIL_REJECTED,
        /** The pupil can still be imported; this one value was not usable and was left out. */
        VALUE_LEFT_OUT
    }

    public CtfProblem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(effect, "effect");
        if (line < 1) {
            throw new IllegalArgumentException("A problem points at a line of the file, from 1; got " + line);
        }
    }

    /** Whether this problem stops the pupil being imported. */
    public boolean rejectsPupil() {
        return effect == Effect.PUPIL_REJECTED;
    }

    /** "Line 42: ..." as shown in the preview. */
    public String describe() {
        return "Line " + line + ": " + message;
    }
}
