package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.validation.FieldProblem;
import org.pupilsupport.core.validation.InvalidCommandException;

/** A case, a contact or a review with several problems is refused for all of them at once, each under its field. */
class CaseCommandProblemsTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final LocalDateTime LOCAL_NOW = LocalDateTime.of(2026, 12, 10, 10, 0);

    private static Case referred() {
        return Case.forChild(ServiceArea.HEALTH_NEEDS, "child-3", 100003, CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 10, 22),
                "Notified by the school", "intake.officer", NOW, TODAY);
    }

    @Test
    void aReferralMissingEverythingIsRefusedForEveryField() {
        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> Case.forChild(null, "child-3", null, null, TODAY.plusDays(1), " ", "intake.officer", NOW, TODAY));

        assertEquals(List.of(new FieldProblem("area", "Choose the service area"),
                new FieldProblem("source", "Choose how the case came to the service"),
                new FieldProblem("referredOn", "A notification or referral cannot be dated in the future"),
                new FieldProblem("summary", "Enter what the notification or referral says")), refused.problems());
    }

    @Test
    void aContactMissingEverythingIsRefusedForEveryField() {
        Case health = referred();

        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> health.addContact(null, null, "", null, "officer.a", NOW, LOCAL_NOW));

        assertEquals(List.of("happenedAt", "channel", "people", "summary"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), health.contacts(), "nothing is recorded");
    }

    @Test
    void aContactInTheFutureIsRefusedBesideTheOtherProblems() {
        Case health = referred();

        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> health.addContact(LOCAL_NOW.plusHours(2), ContactChannel.TELEPHONE, "Mother", "", "officer.a", NOW, LOCAL_NOW));

        assertEquals(List.of(new FieldProblem("happenedAt", "A contact is recorded after it happens: the time is in the future"),
                new FieldProblem("summary", "Enter a summary of the contact")), refused.problems());
    }

    @Test
    void aReviewMissingItsDateAndNoteIsRefusedForBoth() {
        Case health = referred();

        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> health.addReview(null, null, "officer.a", NOW, TODAY));

        assertEquals(List.of("heldOn", "note"), refused.problems().stream().map(FieldProblem::field).toList());
    }
}
