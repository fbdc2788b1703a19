package org.pupilsupport.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects what a command's checks refuse, field by field, instead of stopping at the first. Each check is
 * the ordinary one that throws {@link IllegalArgumentException}; a refusal is kept under the field's name and
 * the check answers null, so the next field is still checked. {@link #throwIfAny()} then refuses the command
 * with all of them. A field keeps only its first problem: a later one is usually the same fault seen again by a
 * rule that needed the value (a date left out, then refused again as out of range), and the field's message
 * beside it is one. Not thread-safe: one per command.
 */
public final class FieldProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    /**
     * Runs one field's check. A refusal that already names its fields (a nested {@link InvalidCommandException})
     * keeps those names.
     *
     * @return the checked value, or null when the check refused it
     */
    public <T> T check(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidCommandException nested) {
            nested.problems().forEach(problem -> add(problem.field(), problem.message()));
        } catch (IllegalArgumentException refused) {
            add(field, refused.getMessage());
        }
        return null;
    }

    /** Runs a check that gives no value. */
    public void check(String field, Runnable check) {
        check(field, () -> {
            check.run();
            return null;
        });
    }

    /** Keeps a problem, unless its field already has one; problems with the command as a whole are all kept. */
    public void add(String field, String message) {
        if (field == null || !has(field)) {
            problems.add(new FieldProblem(field, message));
        }
    }

    /** Whether a field already has a problem, so a later check that needs its value can be skipped. */
    public boolean has(String field) {
        return problems.stream().anyMatch(problem -> field.equals(problem.field()));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @throws InvalidCommandException with every problem found so far, if there is one */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }
}
