package org.pupilsupport.core.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolTest {

    @Test
    void recordsTheDetailsGiven() {
        School school = new School(102587, "314", "2000", "  Latchmere School ", "Primary", "Academy converter");

        assertEquals(102587, school.urn());
        assertEquals("314", school.laCode());
        assertEquals("2000", school.establishmentNumber());
        assertEquals("Latchmere School", school.name());
        assertEquals("Primary", school.phase());
        assertEquals("Academy converter", school.type());
    }

    @Test
    void dfeNumberIsLaCodeSlashEstablishmentNumber() {
        assertEquals("314/2000", new School(102587, "314", "2000", "Latchmere School", null, null).dfeNumber());
    }

    @Test
    void dfeNumberIsJustTheLaCodeWhenTheEstablishmentNumberIsUnknown() {
        School school = new School(102587, "314", null, "Latchmere School", null, null);

        assertNull(school.establishmentNumber());
        assertEquals("314", school.dfeNumber());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 99999, 1000000, -102587})
    void urnMustHaveSixDigits(int urn) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(urn, "314", "2000", "Latchmere School", null, null));

        assertEquals("A URN has six digits: " + urn, refused.getMessage());
    }

    @Test
    void urnBoundsAreAccepted() {
        assertEquals(100000, new School(100000, "314", null, "A", null, null).urn());
        assertEquals(999999, new School(999999, "314", null, "B", null, null).urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31", "3141", "31A", ""})
    void laCodeMustHaveThreeDigits(String laCode) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, laCode, "2000", "Latchmere School", null, null));

        assertEquals("An LA code has three digits: " + laCode, refused.getMessage());
    }

    @Test
    void laCodeIsRequired() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, null, "2000", "Latchmere School", null, null));

        assertEquals("An LA code has three digits: null", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"200", "20000", "20A0", ""})
    void establishmentNumberMustHaveFourDigits(String establishmentNumber) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, "314", establishmentNumber, "Latchmere School", null, null));

        assertEquals("An establishment number has four digits: " + establishmentNumber, refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nameIsRequired(String name) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, "314", "2000", name, null, null));

        assertEquals("A school needs a name", refused.getMessage());
    }

    @Test
    void nullNameIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, "314", "2000", null, null, null));

        assertEquals("A school needs a name", refused.getMessage());
    }
}
