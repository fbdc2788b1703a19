package org.pupilsupport.core.children.ctf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pupilsupport.core.children.ctf.CtfProblem.Effect;

/**
 * The problems found while reading one pupil (or the header), remembering which values they concern so a
 * required value that was unusable is not also reported as missing.
 *
 * <p>Problems that only leave a value out are capped, so a pupil with a million broken phone numbers cannot
 * exhaust memory; problems that reject the pupil are always kept, or a rejected pupil could look importable.
 */
final class ProblemList {

    private final int maxLeftOut;
    private final List<CtfProblem> problems = new ArrayList<>();
    private final Set<String> valuesConcerned = new HashSet<>();
    private int leftOut;

    ProblemList(int maxLeftOut) {
        this.maxLeftOut = maxLeftOut;
    }

    /**
     * @param value   what the problem concerns, such as "legal surname", so later checks can ask about it
     * @param message the complete sentence shown to the officer
     */
    void add(int line, String value, String message, Effect effect) {
        valuesConcerned.add(value);
        int atLine = Math.max(line, 1);
        if (effect == Effect.VALUE_LEFT_OUT) {
            leftOut++;
            if (leftOut == maxLeftOut + 1) {
                problems.add(new CtfProblem(atLine, "More values were left out than are listed here; only the first "
                        + maxLeftOut + " are shown.", Effect.VALUE_LEFT_OUT));
            }
            if (leftOut > maxLeftOut) {
                return;
            }
        }
        problems.add(new CtfProblem(atLine, message, effect));
    }

    boolean concerns(String value) {
        return valuesConcerned.contains(value);
    }

    List<CtfProblem> asList() {
        return List.copyOf(problems);
    }
}
