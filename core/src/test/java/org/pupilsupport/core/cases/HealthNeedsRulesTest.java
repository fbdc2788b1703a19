package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;
import org.pupilsupport.plugin.richmond.RichmondSchoolCalendar;

/** Section 19: education must be arranged by the 15th school day missed through ill health. */
class HealthNeedsRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final LocalDate FIRST_DAY_MISSED = LocalDate.of(2026, 10, 5);

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static SchoolDays richmond() {
        return SchoolDays.of(new RichmondSchoolCalendar().schoolCalendar(), "Richmond term dates", "the richmond plugin");
    }

    private static Case allocatedHealthCase() {
        Case health = Case.forChild(ServiceArea.HEALTH_NEEDS, "child-2", 100002, CaseSource.SCHOOL_NOTIFICATION,
                LocalDate.of(2026, 10, 22), "In hospital since early October", "officer.a", NOW, TODAY);
        health.allocate("officer.a", null, "lead.b", NOW, TODAY);
        return health;
    }

    @Test
    void nineDaysMissedLeavesSixMoreSchoolDaysCountedOverHalfTerm() {
        HealthNeeds needs = new HealthNeeds(FIRST_DAY_MISSED, 9, LocalDate.of(2026, 10, 22), TODAY);

        LocalDate fifteenth = needs.fifteenthDayMissed(kingston()).date();

        // After Thu 22 Oct: Fri 23 Oct (10th missed), half term 26-30 Oct, then 2-6 Nov: Fri 6 Nov is the 15th.
        assertEquals(LocalDate.of(2026, 11, 6), fifteenth);
        assertFalse(needs.triggered());
    }

    @Test
    void richmondsInsetDayIsNotADayMissed() {
        HealthNeeds needs = new HealthNeeds(FIRST_DAY_MISSED, 9, LocalDate.of(2026, 11, 23), TODAY);

        LocalDate inKingston = needs.fifteenthDayMissed(kingston()).date();
        LocalDate inRichmond = needs.fifteenthDayMissed(richmond()).date();

        // Six school days after Mon 23 Nov: 24-27 Nov, 30 Nov, 1 Dec in Kingston; Richmond is closed on 30 Nov.
        assertEquals(LocalDate.of(2026, 12, 1), inKingston);
        assertEquals(LocalDate.of(2026, 12, 2), inRichmond);
    }

    /**
     * Once it is clear the child will miss 15 days or more (consecutive or cumulative), education is due that day,
     * not on the projected 15th day (DfE 2023 health-needs guidance).
     */
    @Test
    void educationIsDueTheDayItBecomesClearFifteenDaysOrMoreWillBeMissed() {
        // 9 missed by Thu 22 Oct; the projected 15th day is Fri 6 Nov (counted above). The consultant's letter of
        // Fri 23 Oct says six weeks in all: education is due on Fri 23 Oct.
        HealthNeeds longIllness = new HealthNeeds(FIRST_DAY_MISSED, 9, LocalDate.of(2026, 10, 22), 30, LocalDate.of(2026, 10, 23), TODAY);
        // Expected to miss only 12 in all: the projected 15th day stands.
        HealthNeeds shortIllness = new HealthNeeds(FIRST_DAY_MISSED, 9, LocalDate.of(2026, 10, 22), 12, LocalDate.of(2026, 10, 23), TODAY);

        assertTrue(longIllness.clearlyFifteenOrMore());
        assertEquals(LocalDate.of(2026, 10, 23), longIllness.educationDue(kingston()).date());
        assertTrue(longIllness.deadlines(kingston()).get(0).detail().contains("expected to miss 30 school days in all"));
        assertFalse(shortIllness.clearlyFifteenOrMore());
        assertEquals(LocalDate.of(2026, 11, 6), shortIllness.educationDue(kingston()).date());
    }

    @Test
    void anExpectationNeedsTheDateItBecameClearAndItsDateCannotBeAhead() {
        org.pupilsupport.core.validation.InvalidCommandException refused = assertThrows(org.pupilsupport.core.validation.InvalidCommandException.class,
                () -> new HealthNeeds(FIRST_DAY_MISSED, 9, LocalDate.of(2026, 10, 22), 30, null, TODAY));
        assertEquals("expectedClearOn", refused.problems().get(0).field());
        refused = assertThrows(org.pupilsupport.core.validation.InvalidCommandException.class,
                () -> new HealthNeeds(FIRST_DAY_MISSED, 9, LocalDate.of(2026, 10, 22), 30, TODAY.plusDays(1), TODAY));
        assertEquals("It cannot have become clear in the future", refused.problems().get(0).message());
    }

    @Test
    void fourteenDaysMissedMeansTheFifteenthIsTheNextSchoolDay() {
        HealthNeeds needs = new HealthNeeds(FIRST_DAY_MISSED, 14, LocalDate.of(2026, 11, 25), TODAY);

        assertFalse(needs.triggered());
        assertEquals(LocalDate.of(2026, 11, 26), needs.fifteenthDayMissed(kingston()).date());
    }

    @Test
    void fifteenDaysAlreadyMissedMakesTheDutyDueOnTheCountDate() {
        HealthNeeds needs = new HealthNeeds(FIRST_DAY_MISSED, 15, LocalDate.of(2026, 11, 25), TODAY);

        assertTrue(needs.triggered());
        assertEquals(LocalDate.of(2026, 11, 25), needs.fifteenthDayMissed(kingston()).date());
    }

    @Test
    void moreThanFifteenDaysMissedIsAlsoDueOnTheCountDateNotEarlier() {
        HealthNeeds needs = new HealthNeeds(FIRST_DAY_MISSED, 22, LocalDate.of(2026, 11, 25), TODAY);

        assertTrue(needs.triggered());
        assertEquals(LocalDate.of(2026, 11, 25), needs.fifteenthDayMissed(kingston()).date());
    }

    @Test
    void withoutProvisionTheCaseHasAHealthProvisionDeadline() {
        Case health = allocatedHealthCase();
        health.recordHealthNeeds(new HealthNeeds(FIRST_DAY_MISSED, 9, LocalDate.of(2026, 10, 22), TODAY), "officer.a", NOW);

        List<Deadline> deadlines = health.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE);

        assertEquals(1, deadlines.size());
        assertEquals(DeadlineKind.HEALTH_PROVISION, deadlines.get(0).kind());
        assertEquals(LocalDate.of(2026, 11, 6), deadlines.get(0).due().date());
        assertEquals("HEALTH_PROVISION:2026-10-05", deadlines.get(0).key());
    }

    @Test
    void recordedProvisionLeavesNoHealthProvisionDeadline() {
        Case health = allocatedHealthCase();
        health.recordHealthNeeds(new HealthNeeds(FIRST_DAY_MISSED, 9, LocalDate.of(2026, 10, 22), TODAY), "officer.a", NOW);

        health.recordHealthProvision("Hospital school", new BigDecimal("15"), LocalDate.of(2026, 11, 2), "officer.a", NOW);

        assertTrue(health.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE).isEmpty());
    }

    @Test
    void aFreshCountKeepsTheProvisionAlreadyArranged() {
        Case health = allocatedHealthCase();
        health.recordHealthNeeds(new HealthNeeds(FIRST_DAY_MISSED, 9, LocalDate.of(2026, 10, 22), TODAY), "officer.a", NOW);
        health.recordHealthProvision("Hospital school", new BigDecimal("15"), LocalDate.of(2026, 11, 2), "officer.a", NOW);

        health.recordHealthNeeds(new HealthNeeds(FIRST_DAY_MISSED, 20, LocalDate.of(2026, 11, 20), TODAY), "officer.a", NOW);

        assertEquals(LocalDate.of(2026, 11, 2), health.healthNeeds().provisionFrom());
        assertTrue(health.deadlines(kingston(), CaseProtocol.DEFAULT, SuspensionTotals.NONE).isEmpty());
    }

    @Test
    void provisionCannotBeRecordedBeforeTheDaysMissed() {
        Case health = allocatedHealthCase();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> health.recordHealthProvision("Hospital school", new BigDecimal("15"), LocalDate.of(2026, 11, 2), "officer.a", NOW));

        assertEquals("Record the days missed before the education arranged", refused.getMessage());
    }

    @Test
    void aCountDatedInTheFutureIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HealthNeeds(FIRST_DAY_MISSED, 9, TODAY.plusDays(1), TODAY));

        assertEquals("Days missed are counted from the first day missed up to today, not beyond", refused.getMessage());
    }

    @Test
    void aFirstDayMissedAfterTheCountIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HealthNeeds(LocalDate.of(2026, 11, 1), 9, LocalDate.of(2026, 10, 22), TODAY));

        assertEquals("Days missed are counted from the first day missed up to today, not beyond", refused.getMessage());
    }

    @Test
    void aNegativeCountIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HealthNeeds(FIRST_DAY_MISSED, -1, LocalDate.of(2026, 10, 22), TODAY));

        assertEquals("Enter the school days missed so far, from 0", refused.getMessage());
    }
}
