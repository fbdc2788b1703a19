package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.richmond.RichmondSchoolCalendar;

/** An alternative provision placement: every census fact present, time-limited, and closed only once it has ended. */
class AlternativeProvisionRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final String PROVIDER = "Malden Oaks";
    private static final BigDecimal HOURS = new BigDecimal("25");
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final LocalDate END = LocalDate.of(2027, 2, 12);
    private static final String REASON = "Behaviour support after a suspension";

    private static SchoolDays richmond() {
        return SchoolDays.of(new RichmondSchoolCalendar().schoolCalendar(), "Richmond term dates", "the richmond plugin");
    }

    private static Case allocatedPlacementCase() {
        Case placement = Case.forChild(ServiceArea.ALTERNATIVE_PROVISION, "child-31", 100031, CaseSource.REFERRAL, LocalDate.of(2026, 10, 20),
                "Referred by the inclusion panel", "intake.officer", NOW, TODAY);
        placement.allocate("officer.a", null, "lead.b", NOW, TODAY);
        return placement;
    }

    private static AlternativeProvision placementEnding(LocalDate end) {
        return new AlternativeProvision(PROVIDER, HOURS, START, end, REASON, Commissioner.LOCAL_AUTHORITY);
    }

    private static String refusal(String provider, BigDecimal hours, LocalDate start, LocalDate end, String reason, Commissioner by) {
        return assertThrows(IllegalArgumentException.class, () -> new AlternativeProvision(provider, hours, start, end, reason, by)).getMessage();
    }

    @Test
    void aPlacementKeepsItsFactsWithTheTextTrimmed() {
        AlternativeProvision placement = new AlternativeProvision("  Malden Oaks  ", HOURS, START, END, " " + REASON + " ", Commissioner.SCHOOL);

        assertEquals(PROVIDER, placement.provider());
        assertEquals(REASON, placement.reason());
        assertEquals(Commissioner.SCHOOL, placement.commissionedBy());
        assertEquals(END, placement.endDate());
    }

    @Test
    void theProviderIsRequired() {
        assertEquals("Enter the provider", refusal("  ", HOURS, START, END, REASON, Commissioner.LOCAL_AUTHORITY));
    }

    @Test
    void theHoursAreRequired() {
        assertEquals("Enter the hours a week of the placement", refusal(PROVIDER, null, START, END, REASON, Commissioner.LOCAL_AUTHORITY));
    }

    @Test
    void zeroHoursAreRefused() {
        assertEquals("Hours a week must be more than 0 and at most 40",
                refusal(PROVIDER, BigDecimal.ZERO, START, END, REASON, Commissioner.LOCAL_AUTHORITY));
    }

    @Test
    void moreThanFortyHoursAreRefused() {
        assertEquals("Hours a week must be more than 0 and at most 40",
                refusal(PROVIDER, new BigDecimal("40.5"), START, END, REASON, Commissioner.LOCAL_AUTHORITY));
    }

    @Test
    void exactlyFortyHoursAreAccepted() {
        AlternativeProvision placement = new AlternativeProvision(PROVIDER, new BigDecimal("40"), START, END, REASON, Commissioner.LOCAL_AUTHORITY);

        assertEquals(0, placement.hoursPerWeek().compareTo(new BigDecimal("40")));
    }

    @Test
    void theStartIsRequired() {
        assertEquals("Enter the date the placement starts", refusal(PROVIDER, HOURS, null, END, REASON, Commissioner.LOCAL_AUTHORITY));
    }

    @Test
    void thePlannedEndIsRequired() {
        assertEquals("Enter the planned end of the placement: placements are time-limited",
                refusal(PROVIDER, HOURS, START, null, REASON, Commissioner.LOCAL_AUTHORITY));
    }

    @Test
    void anEndOnTheStartDayIsRefused() {
        assertEquals("The placement must end after it starts", refusal(PROVIDER, HOURS, START, START, REASON, Commissioner.LOCAL_AUTHORITY));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertEquals("The placement must end after it starts",
                refusal(PROVIDER, HOURS, START, START.minusDays(7), REASON, Commissioner.LOCAL_AUTHORITY));
    }

    @Test
    void theReasonIsRequired() {
        assertEquals("Enter why the placement was made", refusal(PROVIDER, HOURS, START, END, null, Commissioner.LOCAL_AUTHORITY));
    }

    @Test
    void theCommissionerIsRequired() {
        assertEquals("Choose who commissioned the placement", refusal(PROVIDER, HOURS, START, END, REASON, null));
    }

    @Test
    void thePlacementEndsDeadlineFallsOnTheEndDate() {
        Case placement = allocatedPlacementCase();
        placement.recordAlternativeProvision(placementEnding(END), "officer.a", NOW);

        List<Deadline> deadlines = placement.deadlines(richmond(), CaseProtocol.DEFAULT, SuspensionTotals.NONE);

        // Fri 12 Feb 2027 is the date set for the placement; it is not counted in school days.
        assertEquals(1, deadlines.size());
        Deadline ends = deadlines.get(0);
        assertEquals(DeadlineKind.PLACEMENT_ENDS, ends.kind());
        assertEquals(END, ends.due().date());
        assertEquals("PLACEMENT_ENDS:2027-02-12", ends.key());
        assertEquals("plan the next step before the placement at Malden Oaks ends", ends.detail());
    }

    @Test
    void closingAsEndedIsRefusedWithNoPlacementRecorded() {
        Case placement = allocatedPlacementCase();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> placement.close(CaseOutcome.PLACEMENT_ENDED, null, "officer.a", NOW, TODAY));

        assertEquals("Record the placement before closing it as ended", refused.getMessage());
        assertEquals(CaseStatus.OPEN, placement.status());
    }

    @Test
    void closingAsEndedIsRefusedWhileTheEndDateIsInTheFuture() {
        Case placement = allocatedPlacementCase();
        placement.recordAlternativeProvision(placementEnding(TODAY.plusDays(1)), "officer.a", NOW);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> placement.close(CaseOutcome.PLACEMENT_ENDED, null, "officer.a", NOW, TODAY));

        assertEquals("The placement is planned to run until 2026-12-11: change its end date if it ended early", refused.getMessage());
        assertEquals(CaseStatus.OPEN, placement.status());
    }

    @Test
    void closingAsEndedIsAllowedOnTheEndDate() {
        Case placement = allocatedPlacementCase();
        placement.recordAlternativeProvision(placementEnding(TODAY), "officer.a", NOW);

        placement.close(CaseOutcome.PLACEMENT_ENDED, null, "officer.a", NOW, TODAY);

        assertEquals(CaseStatus.CLOSED, placement.status());
    }

    @Test
    void closingAsEndedIsAllowedOnceTheEndDateHasPassed() {
        Case placement = allocatedPlacementCase();
        placement.recordAlternativeProvision(placementEnding(LocalDate.of(2026, 12, 4)), "officer.a", NOW);

        placement.close(CaseOutcome.PLACEMENT_ENDED, "Returned to mainstream with a support plan", "officer.a", NOW, TODAY);

        assertEquals(CaseStatus.CLOSED, placement.status());
        assertEquals(CaseOutcome.PLACEMENT_ENDED, placement.outcome());
        assertEquals(TODAY, placement.closedOn());
    }
}
