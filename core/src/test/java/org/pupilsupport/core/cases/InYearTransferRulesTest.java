package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.InvalidCommandException;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;

/**
 * The School Admissions Code 2021's two clocks: an in-year application's outcome to the parents in writing within 15
 * school days, and a fair access placement within 20 school days of the decision to use the protocol. Dates counted by
 * hand on Kingston's 2026/27 term dates (spring half term 15-19 Feb).
 */
class InYearTransferRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    @Test
    void anInYearApplicationsOutcomeIsDueInWritingWithinFifteenSchoolDays() {
        InYearTransfer application = new InYearTransfer(LocalDate.of(2027, 2, 1), false, null, null, null, TODAY);

        List<Deadline> deadlines = application.deadlines(kingston());

        // After Mon 1 Feb: 2-5 Feb (4), 8-12 (9), half term, 22-26 (14), Mon 1 Mar (15).
        assertEquals(1, deadlines.size());
        assertEquals(DeadlineKind.IN_YEAR_OUTCOME, deadlines.get(0).kind());
        assertEquals(LocalDate.of(2027, 3, 1), deadlines.get(0).due().date());
    }

    @Test
    void theOutcomeLetterMeetsTheInYearDeadline() {
        InYearTransfer answered = new InYearTransfer(LocalDate.of(2027, 2, 1), false, null, null, null, LocalDate.of(2027, 2, 12), TODAY);

        assertTrue(answered.deadlines(kingston()).isEmpty());
    }

    @Test
    void aFairAccessPlacementIsDueTwentySchoolDaysFromThePanelsDecision() {
        InYearTransfer fairAccess = new InYearTransfer(LocalDate.of(2027, 1, 11), true, LocalDate.of(2027, 1, 20), null, null, TODAY);

        List<Deadline> deadlines = fairAccess.deadlines(kingston());

        // After Wed 20 Jan: 21-22 Jan (2), 25-29 (7), 1-5 Feb (12), 8-12 (17), half term, 22-24 Feb (20).
        assertEquals(1, deadlines.size());
        assertEquals(DeadlineKind.FAIR_ACCESS_PLACEMENT, deadlines.get(0).kind());
        assertEquals(LocalDate.of(2027, 2, 24), deadlines.get(0).due().date());
        assertEquals("FAIR_ACCESS_PLACEMENT:2027-01-20", deadlines.get(0).key());
    }

    @Test
    void withoutThePanelsDateTheFairAccessClockCountsFromTheRequestAndSaysSo() {
        InYearTransfer fairAccess = new InYearTransfer(LocalDate.of(2027, 1, 11), true, null, null, null, TODAY);

        Deadline placement = fairAccess.deadlines(kingston()).get(0);

        // After Mon 11 Jan: 12-15 (4), 18-22 (9), 25-29 (14), 1-5 Feb (19), Mon 8 Feb (20).
        assertEquals(LocalDate.of(2027, 2, 8), placement.due().date());
        assertTrue(placement.detail().contains("the panel's decision is not recorded"), placement.detail());
    }

    @Test
    void aFairAccessCaseHasNoOutcomeLetter() {
        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> new InYearTransfer(LocalDate.of(2027, 1, 11), true, LocalDate.of(2027, 1, 20), null, null, LocalDate.of(2027, 1, 25), TODAY));

        assertEquals("outcomeWrittenOn", refused.problems().get(0).field());
    }

    @Test
    void theOutcomeLetterCannotPrecedeTheApplication() {
        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> new InYearTransfer(LocalDate.of(2027, 2, 1), false, null, null, null, LocalDate.of(2027, 1, 29), TODAY));

        assertEquals("The outcome letter must be dated between the application and today", refused.problems().get(0).message());
    }
}
