package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.validation.FieldProblem;
import org.pupilsupport.core.validation.InvalidCommandException;

/** A parent or carer with several problems is refused for all of them at once, and a refused change changes nothing. */
class CarerContactProblemsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    private final Child child = new Child(new LegalName("Ada", null, "Okafor"), LocalDate.of(2015, 1, 2), null, null, CLOCK);

    @Test
    void everyProblemIsReportedUnderItsField() {
        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> child.addContact(new CarerContact.Details(" ", null, false, false, "call me", null, "not an email", "x".repeat(251))));

        assertEquals(List.of("name", "relationship", "phone", "email", "address"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), child.contacts());
    }

    @Test
    void aRefusedChangeLeavesTheContactAsItWas() {
        CarerContact mother = child.addContact(new CarerContact.Details("Grace Okafor", CarerRelationship.MOTHER, true, true,
                "020 8547 5000", null, null, null));

        assertThrows(InvalidCommandException.class, () -> child.updateContact(mother.id(),
                new CarerContact.Details("Grace Smith", null, true, true, "020 8547 5000", null, null, null)));

        assertEquals("Grace Okafor", child.contact(mother.id()).name(), "the name was not changed by a refused update");
    }
}
