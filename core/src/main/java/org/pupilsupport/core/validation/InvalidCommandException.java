package org.pupilsupport.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command refused for one or more problems, each tied to the field at fault. It is an
 * {@link IllegalArgumentException}, so callers that only show a message keep working; its message lists
 * every problem.
 */
public class InvalidCommandException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidCommandException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refused command has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in the order the fields were checked. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
