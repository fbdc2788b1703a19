package org.pupilsupport.core.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FieldProblemsTest {

    @Test
    void everyFieldIsCheckedAndEveryRefusalKeptUnderItsField() {
        FieldProblems problems = new FieldProblems();

        Object first = problems.check("forename", () -> {
            throw new IllegalArgumentException("Enter the forename");
        });
        String second = problems.check("surname", () -> "Smith");
        problems.check("dateOfBirth", () -> {
            throw new IllegalArgumentException("Enter the date of birth");
        });

        assertNull(first);
        assertEquals("Smith", second);
        assertTrue(problems.has("forename"));
        InvalidCommandException refused = assertThrows(InvalidCommandException.class, problems::throwIfAny);
        assertEquals(List.of(new FieldProblem("forename", "Enter the forename"), new FieldProblem("dateOfBirth", "Enter the date of birth")),
                refused.problems());
        assertEquals("Enter the forename\nEnter the date of birth", refused.getMessage());
    }

    @Test
    void aNestedRefusalKeepsTheFieldsItNamed() {
        FieldProblems problems = new FieldProblems();

        problems.check("name", () -> {
            throw new InvalidCommandException(List.of(new FieldProblem("forename", "Enter the forename"), new FieldProblem("surname", "Enter the surname")));
        });
        problems.add(null, "The case is closed");

        InvalidCommandException refused = assertThrows(InvalidCommandException.class, problems::throwIfAny);
        assertEquals(List.of("forename", "surname"), refused.problems().stream().limit(2).map(FieldProblem::field).toList());
        assertNull(refused.problems().get(2).field());
    }

    @Test
    void aFieldKeepsItsFirstProblemOnlyWhileTheCommandKeepsAllOfItsOwn() {
        FieldProblems problems = new FieldProblems();

        problems.check("startDate", () -> {
            throw new IllegalArgumentException("Enter the first day");
        });
        problems.check("notice", () -> {
            throw new InvalidCommandException(List.of(new FieldProblem("startDate", "The first day cannot be in the future"),
                    new FieldProblem("category", "Choose suspension or permanent exclusion")));
        });
        problems.add(null, "The case is closed");
        problems.add(null, "The case is of another area");

        InvalidCommandException refused = assertThrows(InvalidCommandException.class, problems::throwIfAny);
        assertEquals(List.of(new FieldProblem("startDate", "Enter the first day"), new FieldProblem("category", "Choose suspension or permanent exclusion"),
                new FieldProblem(null, "The case is closed"), new FieldProblem(null, "The case is of another area")), refused.problems());
    }

    @Test
    void aCommandWithoutProblemsGoesAhead() {
        FieldProblems problems = new FieldProblems();
        problems.check("upn", () -> "B801200005001");

        assertTrue(problems.isEmpty());
        assertDoesNotThrow(problems::throwIfAny);
    }

    @Test
    void anInvalidCommandIsStillAnIllegalArgument() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(InvalidCommandException.class));
        assertThrows(IllegalArgumentException.class, () -> new InvalidCommandException(List.of()));
    }
}
