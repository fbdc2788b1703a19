package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;

/** A managed move: two different schools, both consents before the start, and a decision after it. */
class ManagedMoveRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final int ORIGIN = 100011;
    private static final int RECEIVING = 100012;
    private static final LocalDate PARENTS_CONSENT = LocalDate.of(2026, 11, 2);
    private static final LocalDate SCHOOL_CONSENT = LocalDate.of(2026, 11, 4);
    private static final LocalDate START = LocalDate.of(2026, 11, 9);

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static Case allocatedMoveCase() {
        Case move = Case.forChild(ServiceArea.MANAGED_MOVE, "child-11", ORIGIN, CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 10, 19),
                "School proposes a managed move after repeated suspensions", "intake.officer", NOW, TODAY);
        move.allocate("officer.a", null, "lead.b", NOW, TODAY);
        return move;
    }

    private static ManagedMove started(LocalDate decisionDue) {
        return new ManagedMove(ORIGIN, RECEIVING, PARENTS_CONSENT, SCHOOL_CONSENT, START, decisionDue, "Six-week trial with a mentor", TODAY);
    }

    private static ManagedMove consentedButNotStarted() {
        return new ManagedMove(ORIGIN, RECEIVING, PARENTS_CONSENT, SCHOOL_CONSENT, null, null, null, TODAY);
    }

    @Test
    void aMoveToTheSameSchoolIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ManagedMove(ORIGIN, ORIGIN, PARENTS_CONSENT, SCHOOL_CONSENT, START, null, null, TODAY));

        assertEquals("A managed move is to a different school", refused.getMessage());
    }

    @Test
    void aStartWithoutTheReceivingSchoolsConsentIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ManagedMove(ORIGIN, RECEIVING, PARENTS_CONSENT, null, START, null, null, TODAY));

        assertEquals("A managed move can only start with the parents' and the receiving school's consent recorded", refused.getMessage());
    }

    @Test
    void aStartWithoutTheParentsConsentIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ManagedMove(ORIGIN, RECEIVING, null, SCHOOL_CONSENT, START, null, null, TODAY));

        assertEquals("A managed move can only start with the parents' and the receiving school's consent recorded", refused.getMessage());
    }

    @Test
    void consentsCanBeRecordedBeforeAnyStartIsAgreed() {
        ManagedMove move = consentedButNotStarted();

        assertEquals(PARENTS_CONSENT, move.parentConsentOn());
        assertEquals(SCHOOL_CONSENT, move.receivingSchoolConsentOn());
        assertNull(move.startDate());
        assertTrue(move.deadlines().isEmpty());
    }

    @Test
    void aStartBeforeTheLaterConsentIsRefused() {
        // The parents agreed on 2 Nov but the school only on 4 Nov, so a 3 Nov start ran ahead of the school.
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ManagedMove(ORIGIN, RECEIVING, PARENTS_CONSENT, SCHOOL_CONSENT, LocalDate.of(2026, 11, 3), null, null, TODAY));

        assertEquals("The move cannot start before both consents were given", refused.getMessage());
    }

    @Test
    void aStartOnTheDayOfTheLaterConsentIsAllowed() {
        ManagedMove move = new ManagedMove(ORIGIN, RECEIVING, PARENTS_CONSENT, SCHOOL_CONSENT, SCHOOL_CONSENT, null, null, TODAY);

        assertEquals(SCHOOL_CONSENT, move.startDate());
    }

    @Test
    void aDecisionDateOnTheStartDateIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> started(START));

        assertEquals("The decision date comes after the move starts", refused.getMessage());
    }

    @Test
    void aDecisionDateBeforeTheStartIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> started(START.minusDays(1)));

        assertEquals("The decision date comes after the move starts", refused.getMessage());
    }

    @Test
    void aDecisionDateWithoutAStartIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ManagedMove(ORIGIN, RECEIVING, PARENTS_CONSENT, SCHOOL_CONSENT, null, LocalDate.of(2027, 1, 11), null, TODAY));

        assertEquals("The decision date comes after the move starts", refused.getMessage());
    }

    @Test
    void aParentsConsentDatedTomorrowIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ManagedMove(ORIGIN, RECEIVING, TODAY.plusDays(1), SCHOOL_CONSENT, null, null, null, TODAY));

        assertEquals("Consent is recorded once given: a consent date is in the future", refused.getMessage());
    }

    @Test
    void aSchoolsConsentDatedTomorrowIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ManagedMove(ORIGIN, RECEIVING, PARENTS_CONSENT, TODAY.plusDays(1), null, null, null, TODAY));

        assertEquals("Consent is recorded once given: a consent date is in the future", refused.getMessage());
    }

    @Test
    void theDecisionDeadlineFallsOnTheDecisionDate() {
        Case move = allocatedMoveCase();
        move.recordManagedMove(started(LocalDate.of(2027, 1, 11)), "officer.a", NOW);

        List<Deadline> deadlines = move.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE);

        assertEquals(1, deadlines.size());
        Deadline decision = deadlines.get(0);
        assertEquals(DeadlineKind.MANAGED_MOVE_DECISION, decision.kind());
        assertEquals(LocalDate.of(2027, 1, 11), decision.due().date());
        assertEquals("MANAGED_MOVE_DECISION:2027-01-11", decision.key());
        assertEquals("agreed when the move started on 2026-11-09", decision.detail());
    }

    @Test
    void aDecisionDateInHalfTermIsNotMovedToASchoolDay() {
        Case move = allocatedMoveCase();
        // Wed 17 Feb 2027 is in Kingston's spring half term; the date was agreed by people, not counted in school days.
        move.recordManagedMove(started(LocalDate.of(2027, 2, 17)), "officer.a", NOW);

        Deadline decision = move.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE).get(0);

        assertEquals(LocalDate.of(2027, 2, 17), decision.due().date());
        assertEquals("date agreed by the schools and parents", decision.due().calendarDescription());
    }

    @Test
    void closingAsMadePermanentIsRefusedWithNoMoveRecorded() {
        Case move = allocatedMoveCase();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> move.close(CaseOutcome.MADE_PERMANENT, null, "officer.a", NOW, TODAY));

        assertEquals("Record the consents and the start of the move before closing it as move made permanent", refused.getMessage());
        assertEquals(CaseStatus.OPEN, move.status());
    }

    @Test
    void closingAsReturnedIsRefusedWhileTheMoveHasNotStarted() {
        Case move = allocatedMoveCase();
        move.recordManagedMove(consentedButNotStarted(), "officer.a", NOW);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> move.close(CaseOutcome.RETURNED_TO_ORIGIN_SCHOOL, null, "officer.a", NOW, TODAY));

        assertEquals("Record the consents and the start of the move before closing it as returned to the original school", refused.getMessage());
        assertEquals(CaseStatus.OPEN, move.status());
    }

    @Test
    void closingAsMadePermanentIsAllowedOnceTheStartIsRecorded() {
        Case move = allocatedMoveCase();
        move.recordManagedMove(started(LocalDate.of(2027, 1, 11)), "officer.a", NOW);

        move.close(CaseOutcome.MADE_PERMANENT, "Receiving school offered a permanent place", "officer.a", NOW, TODAY);

        assertEquals(CaseStatus.CLOSED, move.status());
        assertEquals(CaseOutcome.MADE_PERMANENT, move.outcome());
    }

    @Test
    void closingAsReturnedIsAllowedOnceTheStartIsRecorded() {
        Case move = allocatedMoveCase();
        move.recordManagedMove(started(null), "officer.a", NOW);

        move.close(CaseOutcome.RETURNED_TO_ORIGIN_SCHOOL, null, "officer.a", NOW, TODAY);

        assertEquals(CaseStatus.CLOSED, move.status());
        assertEquals(CaseOutcome.RETURNED_TO_ORIGIN_SCHOOL, move.outcome());
    }

    @Test
    void aMoveThatNeverStartedCanStillBeClosedAsNeedingNoFurtherAction() {
        Case move = allocatedMoveCase();
        move.recordManagedMove(consentedButNotStarted(), "officer.a", NOW);

        move.close(CaseOutcome.NO_FURTHER_ACTION, "Parents withdrew", "officer.a", NOW, TODAY);

        assertEquals(CaseOutcome.NO_FURTHER_ACTION, move.outcome());
    }
}
