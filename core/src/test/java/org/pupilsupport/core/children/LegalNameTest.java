package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pupilsupport.core.validation.FieldProblem;
import org.pupilsupport.core.validation.InvalidCommandException;

class LegalNameTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  \t "})
    void forenameIsRequired(String forename) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new LegalName(forename, null, "Okafor"));

        assertEquals("Enter the child's legal forename", refused.getMessage());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  \t "})
    void surnameIsRequired(String surname) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new LegalName("Ada", null, surname));

        assertEquals("Enter the child's legal surname", refused.getMessage());
    }

    @Test
    void aNameMissingBothPartsIsRefusedForBothAtOnce() {
        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> new LegalName(" ", "x".repeat(101), null));

        assertEquals(List.of(new FieldProblem("forename", "Enter the child's legal forename"),
                new FieldProblem("middleNames", "The legal middle names can be at most 100 characters"),
                new FieldProblem("surname", "Enter the child's legal surname")), refused.problems());
    }

    @Test
    void blankMiddleNamesAreAbsent() {
        LegalName name = new LegalName("Ada", "   ", "Okafor");

        assertNull(name.middleNames());
        assertEquals("Ada Okafor", name.full());
        assertEquals("Okafor, Ada", name.sortable());
    }

    @Test
    void whitespaceIsStrippedAndCollapsed() {
        LegalName name = new LegalName("  Mary \t Ann ", " Grace\n\nEmily ", " de   la  Cruz ");

        assertEquals("Mary Ann", name.forename());
        assertEquals("Grace Emily", name.middleNames());
        assertEquals("de la Cruz", name.surname());
        assertEquals("Mary Ann Grace Emily de la Cruz", name.full());
        assertEquals("de la Cruz, Mary Ann Grace Emily", name.sortable());
    }

    @Test
    void namesDifferingOnlyInSpacingAreEqual() {
        assertEquals(new LegalName("Mary Ann", null, "Smith"), new LegalName(" Mary  Ann", "", "Smith "));
    }

    @Test
    void aHundredCharactersAreAccepted() {
        assertEquals(100, new LegalName("A".repeat(100), null, "Okafor").forename().length());
    }

    @Test
    void lengthIsCountedAfterCollapsingSpaces() {
        String typed = "A".repeat(50) + "      " + "B".repeat(49);

        assertEquals(100, new LegalName("Ada", null, typed).surname().length());
    }

    @Test
    void overLongForenameIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new LegalName("A".repeat(101), null, "Okafor"));

        assertEquals("The legal forename can be at most 100 characters", refused.getMessage());
    }

    @Test
    void overLongMiddleNamesAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new LegalName("Ada", "B".repeat(101), "Okafor"));

        assertEquals("The legal middle names can be at most 100 characters", refused.getMessage());
    }

    @Test
    void overLongSurnameIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new LegalName("Ada", null, "C".repeat(101)));

        assertEquals("The legal surname can be at most 100 characters", refused.getMessage());
    }
}
