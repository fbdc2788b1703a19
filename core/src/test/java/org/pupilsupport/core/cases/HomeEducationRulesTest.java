package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;
import org.pupilsupport.plugin.richmond.RichmondSchoolCalendar;

/**
 * Elective home education: first contact within the borough's protocol, in school days; the s437(1) notice
 * and the school attendance order that may follow it, in calendar days.
 */
class HomeEducationRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final LocalDateTime LOCAL_NOW = LocalDateTime.of(2026, 12, 10, 10, 0);
    private static final LocalDate NOTICE = LocalDate.of(2026, 11, 9);
    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 18);
    private static final CaseProtocol KINGSTON_PROTOCOL = new CaseProtocol(15, 30, 10, "Kingston");
    private static final CaseProtocol RICHMOND_PROTOCOL = new CaseProtocol(20, 60, 15, "Richmond");

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static SchoolDays richmond() {
        return SchoolDays.of(new RichmondSchoolCalendar().schoolCalendar(), "Richmond term dates", "the richmond plugin");
    }

    private static Case allocatedHomeEducationCase() {
        Case ehe = Case.forChild(ServiceArea.ELECTIVE_HOME_EDUCATION, "child-21", 100021, CaseSource.SCHOOL_NOTIFICATION, NOTICE,
                "School forwarded the parents' letter deregistering the child", "intake.officer", NOW, TODAY);
        ehe.allocate("officer.a", null, "lead.b", NOW, TODAY);
        return ehe;
    }

    private static HomeEducation noticeOnly() {
        return new HomeEducation(NOTICE, true, null, null, null, null, null, null, null, TODAY);
    }

    private static HomeEducation notSuitable(LocalDate s437NoticeOn, LocalDate attendanceOrderOn) {
        return new HomeEducation(NOTICE, true, new BigDecimal("5"), null, null, Suitability.NOT_SUITABLE, DECIDED, s437NoticeOn,
                attendanceOrderOn, TODAY);
    }

    private static Optional<Deadline> deadlineOf(Case theCase, CaseProtocol protocol, DeadlineKind kind) {
        List<Deadline> deadlines = theCase.deadlines(kingston(), protocol, SuspensionTotals.NONE);
        return deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst();
    }

    private static void contactOn(Case theCase, LocalDateTime when) {
        theCase.addContact(when, ContactChannel.TELEPHONE, "Mother", "Talked through the education planned", "officer.a", NOW, LOCAL_NOW);
    }

    @Test
    void firstContactIsDueTenSchoolDaysAfterTheNoticeUnderKingstonsProtocol() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(noticeOnly(), "officer.a", NOW);

        Deadline contact = ehe.deadlines(kingston(), KINGSTON_PROTOCOL, SuspensionTotals.NONE).get(0);

        // After Mon 9 Nov: 10-13 Nov (4), 16-20 Nov (9), Mon 23 Nov (10).
        assertEquals(DeadlineKind.HOME_EDUCATION_FIRST_CONTACT, contact.kind());
        assertEquals(LocalDate.of(2026, 11, 23), contact.due().date());
        assertEquals("Kingston term dates", contact.due().calendarDescription());
        assertEquals("within 10 school days of the notice (Kingston)", contact.detail());
        assertEquals("HOME_EDUCATION_FIRST_CONTACT:2026-11-09", contact.key());
    }

    @Test
    void firstContactIsDueFifteenSchoolDaysAfterTheNoticeUnderRichmondsProtocolSkippingItsInsetDay() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(noticeOnly(), "officer.a", NOW);

        Deadline contact = ehe.deadlines(richmond(), RICHMOND_PROTOCOL, SuspensionTotals.NONE).get(0);

        // After Mon 9 Nov: 10-13 Nov (4), 16-20 Nov (9), 23-27 Nov (14); Richmond is closed Mon 30 Nov, so Tue 1 Dec (15).
        assertEquals(LocalDate.of(2026, 12, 1), contact.due().date());
        assertEquals("Richmond term dates", contact.due().calendarDescription());
        assertEquals("within 15 school days of the notice (Richmond)", contact.detail());
    }

    @Test
    void firstContactCountsOverHalfTerm() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(new HomeEducation(LocalDate.of(2026, 10, 22), true, null, null, null, null, null, null, null, TODAY),
                "officer.a", NOW);

        Deadline contact = deadlineOf(ehe, KINGSTON_PROTOCOL, DeadlineKind.HOME_EDUCATION_FIRST_CONTACT).orElseThrow();

        // After Thu 22 Oct: Fri 23 Oct (1), half term 26-30 Oct, 2-6 Nov (6), 9-12 Nov (10): Thu 12 Nov.
        assertEquals(LocalDate.of(2026, 11, 12), contact.due().date());
    }

    @Test
    void aContactOnTheDayOfTheNoticeMeetsTheFirstContactDeadline() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(noticeOnly(), "officer.a", NOW);

        contactOn(ehe, NOTICE.atTime(16, 30));

        assertTrue(deadlineOf(ehe, KINGSTON_PROTOCOL, DeadlineKind.HOME_EDUCATION_FIRST_CONTACT).isEmpty());
    }

    @Test
    void aContactAfterTheNoticeMeetsTheFirstContactDeadline() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(noticeOnly(), "officer.a", NOW);

        contactOn(ehe, LocalDateTime.of(2026, 11, 17, 11, 0));

        assertTrue(ehe.deadlines(richmond(), RICHMOND_PROTOCOL, SuspensionTotals.NONE).isEmpty());
    }

    @Test
    void aContactBeforeTheNoticeDoesNotMeetTheFirstContactDeadline() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(noticeOnly(), "officer.a", NOW);

        // Talking to the family about attendance before they gave notice is not contact about home education.
        contactOn(ehe, LocalDateTime.of(2026, 11, 6, 23, 59));

        Deadline contact = deadlineOf(ehe, KINGSTON_PROTOCOL, DeadlineKind.HOME_EDUCATION_FIRST_CONTACT).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 23), contact.due().date());
    }

    @Test
    void aS437NoticeIsRefusedWhenTheEducationAppearsSuitable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HomeEducation(NOTICE, true, null, null, null, Suitability.SUITABLE, DECIDED, LocalDate.of(2026, 11, 20), null, TODAY));

        assertEquals("A s437(1) notice is served only when the education does not appear suitable", refused.getMessage());
    }

    @Test
    void aS437NoticeIsRefusedBeforeTheEducationIsAssessed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HomeEducation(NOTICE, true, null, null, null, null, null, LocalDate.of(2026, 11, 20), null, TODAY));

        assertEquals("A s437(1) notice is served only when the education does not appear suitable", refused.getMessage());
    }

    @Test
    void aS437NoticeIsAcceptedWhenTheEducationDoesNotAppearSuitable() {
        HomeEducation details = notSuitable(LocalDate.of(2026, 11, 20), null);

        assertEquals(LocalDate.of(2026, 11, 20), details.s437NoticeOn());
        assertEquals(Suitability.NOT_SUITABLE, details.suitability());
    }

    private static HomeEducation withNotices(LocalDate s437On, Integer periodDays, LocalDate s438On, LocalDate orderOn) {
        return new HomeEducation(NOTICE, true, new BigDecimal("5"), null, null, Suitability.NOT_SUITABLE, DECIDED, s437On, periodDays, s438On,
                orderOn, TODAY);
    }

    /**
     * s437(2): "not less than 15 days beginning with the day on which the notice is served". Served Tue 10 Nov, the
     * 15 days are 10-24 Nov; the notice of intention (s438(2)) may follow from Wed 25 Nov; served then, the parent's
     * 15 days to choose a school are 25 Nov - 9 Dec (s438(3)-(4)); the order may be served from Thu 10 Dec.
     */
    @Test
    void anAttendanceOrderFollowsTheS437PeriodThenTheS438NoticeOfIntentionAndItsFifteenDays() {
        HomeEducation lawful = withNotices(LocalDate.of(2026, 11, 10), 15, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 10));
        assertEquals(LocalDate.of(2026, 12, 10), lawful.attendanceOrderOn());

        org.pupilsupport.core.validation.InvalidCommandException earlyIntention = assertThrows(org.pupilsupport.core.validation.InvalidCommandException.class,
                () -> withNotices(LocalDate.of(2026, 11, 10), 15, LocalDate.of(2026, 11, 24), null));
        assertEquals("s438NoticeOn", earlyIntention.problems().get(0).field());
        assertTrue(earlyIntention.getMessage().endsWith("2026-11-24"), "the last day of the s437 period: " + earlyIntention.getMessage());

        org.pupilsupport.core.validation.InvalidCommandException earlyOrder = assertThrows(org.pupilsupport.core.validation.InvalidCommandException.class,
                () -> withNotices(LocalDate.of(2026, 11, 10), 15, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 9)));
        assertEquals("The parent has until 2026-12-09 to choose a school (s438(3)-(4)): the order can be served from the day after",
                earlyOrder.getMessage());
    }

    @Test
    void anAttendanceOrderWithoutANoticeOfIntentionIsRefused() {
        org.pupilsupport.core.validation.InvalidCommandException refused = assertThrows(org.pupilsupport.core.validation.InvalidCommandException.class,
                () -> withNotices(LocalDate.of(2026, 11, 10), 15, null, LocalDate.of(2026, 12, 9)));

        assertEquals("attendanceOrderOn", refused.problems().get(0).field());
        assertTrue(refused.getMessage().startsWith("A school attendance order follows a s438(2) notice of intention"), refused.getMessage());
    }

    @Test
    void aS437NoticeGivingFewerThanFifteenDaysIsRefused() {
        org.pupilsupport.core.validation.InvalidCommandException refused = assertThrows(org.pupilsupport.core.validation.InvalidCommandException.class,
                () -> withNotices(LocalDate.of(2026, 11, 10), 14, null, null));

        assertEquals("s437PeriodDays", refused.problems().get(0).field());
    }

    @Test
    void aNoticeOrOrderDatedBeforeTheParentsNoticeIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> notSuitable(LocalDate.of(2026, 10, 20), null));

        assertEquals("Decisions, notices and orders come after the parent's notice of " + NOTICE, refused.getMessage());
    }

    @Test
    void theNoticePeriodIsTheOneTheNoticeGaveCountingTheDayOfServiceEvenAcrossAMonthEnd() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(withNotices(LocalDate.of(2026, 11, 20), 28, null, null), "officer.a", NOW);
        Case minimum = allocatedHomeEducationCase();
        minimum.recordHomeEducation(withNotices(LocalDate.of(2026, 11, 16), 15, null, null), "officer.a", NOW);

        Deadline period = deadlineOf(ehe, KINGSTON_PROTOCOL, DeadlineKind.S437_NOTICE_PERIOD_ENDS).orElseThrow();

        // Fri 20 Nov is day 1 of 28: 20-30 Nov are days 1-11, 1-17 Dec days 12-28, so the period ends Thu 17 Dec.
        assertEquals(LocalDate.of(2026, 12, 17), period.due().date());
        assertEquals("S437_NOTICE_PERIOD_ENDS:2026-11-20", period.key());
        assertEquals("calendar days, the day of service first (Education Act 1996 s437(2))", period.due().calendarDescription());
        // Mon 16 Nov is day 1 of 15: the period ends on the month's last day, Mon 30 Nov.
        assertEquals(LocalDate.of(2026, 11, 30), deadlineOf(minimum, KINGSTON_PROTOCOL, DeadlineKind.S437_NOTICE_PERIOD_ENDS).orElseThrow().due().date());
    }

    @Test
    void afterANoticeOfIntentionTheParentsFifteenDaysAreTheDeadline() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(withNotices(LocalDate.of(2026, 11, 10), 15, LocalDate.of(2026, 11, 25), null), "officer.a", NOW);

        assertTrue(deadlineOf(ehe, KINGSTON_PROTOCOL, DeadlineKind.S437_NOTICE_PERIOD_ENDS).isEmpty(), "the s437 stage is over");
        // Wed 25 Nov is day 1 of 15: 25-30 Nov are days 1-6, 1-9 Dec days 7-15.
        assertEquals(LocalDate.of(2026, 12, 9), deadlineOf(ehe, KINGSTON_PROTOCOL, DeadlineKind.S438_NOTICE_PERIOD_ENDS).orElseThrow().due().date());
    }

    @Test
    void aNoticeNotInWritingIsFlaggedBecauseGroundFNeedsOneInWriting() {
        HomeEducation spoken = new HomeEducation(NOTICE, false, null, null, null, null, null, null, null, TODAY);

        assertTrue(spoken.noticeProblem().contains("only on written notice"), spoken.noticeProblem());
        assertEquals(null, noticeOnly().noticeProblem());
    }

    @Test
    void theNoticePeriodDeadlineGoesOnceAnAttendanceOrderIsRecorded() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(withNotices(LocalDate.of(2026, 11, 10), 15, null, null), "officer.a", NOW);

        ehe.recordHomeEducation(withNotices(LocalDate.of(2026, 11, 10), 15, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 10)), "officer.a", NOW);

        assertTrue(deadlineOf(ehe, KINGSTON_PROTOCOL, DeadlineKind.S437_NOTICE_PERIOD_ENDS).isEmpty());
    }

    @Test
    void aSuitabilityDecisionWithoutItsDateIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HomeEducation(NOTICE, true, null, null, null, Suitability.SUITABLE, null, null, null, TODAY));

        assertEquals("Enter the date the suitability of the education was decided", refused.getMessage());
    }

    @Test
    void aNotSuitableDecisionWithoutItsDateIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HomeEducation(NOTICE, true, null, null, null, Suitability.NOT_SUITABLE, null, null, null, TODAY));

        assertEquals("Enter the date the suitability of the education was decided", refused.getMessage());
    }

    @Test
    void noSuitabilityMeansNotYetAssessedAndNeedsNoDecisionDate() {
        HomeEducation details = noticeOnly();

        assertEquals(Suitability.NOT_YET_ASSESSED, details.suitability());
    }

    @Test
    void negativeHoursByTheParentsAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HomeEducation(NOTICE, true, new BigDecimal("-0.5"), null, null, null, null, null, null, TODAY));

        assertEquals("Hours a week taught by the parents must be between 0 and 80", refused.getMessage());
    }

    @Test
    void moreThanEightyHoursByOthersAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HomeEducation(NOTICE, true, null, new BigDecimal("80.5"), null, null, null, null, null, TODAY));

        assertEquals("Hours a week taught by others must be between 0 and 80", refused.getMessage());
    }

    @Test
    void zeroAndEightyHoursAreBothAccepted() {
        HomeEducation details = new HomeEducation(NOTICE, true, new BigDecimal("80"), BigDecimal.ZERO, "Online maths tutor", null, null, null,
                null, TODAY);

        assertEquals(0, details.hoursByParents().compareTo(new BigDecimal("80")));
        assertEquals(0, details.hoursByOthers().signum());
    }

    @Test
    void aHomeEducationDateInTheFutureIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HomeEducation(TODAY.plusDays(1), true, null, null, null, null, null, null, null, TODAY));

        assertEquals("Home-education dates are recorded once they have happened: one is in the future", refused.getMessage());
    }

    @Test
    void closingWithAnAttendanceOrderIsRefusedWithNoDetailsRecorded() {
        Case ehe = allocatedHomeEducationCase();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ehe.close(CaseOutcome.SCHOOL_ATTENDANCE_ORDER, null, "officer.a", NOW, TODAY));

        assertEquals("Record the date the school attendance order was served before closing", refused.getMessage());
        assertEquals(CaseStatus.OPEN, ehe.status());
    }

    @Test
    void closingWithAnAttendanceOrderIsRefusedWhileOnlyTheS437NoticeIsRecorded() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(notSuitable(LocalDate.of(2026, 11, 20), null), "officer.a", NOW);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ehe.close(CaseOutcome.SCHOOL_ATTENDANCE_ORDER, null, "officer.a", NOW, TODAY));

        assertEquals("Record the date the school attendance order was served before closing", refused.getMessage());
        assertEquals(CaseStatus.OPEN, ehe.status());
    }

    @Test
    void closingWithAnAttendanceOrderIsAllowedOnceTheOrderIsRecorded() {
        Case ehe = allocatedHomeEducationCase();
        ehe.recordHomeEducation(withNotices(LocalDate.of(2026, 11, 10), 15, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 10)), "officer.a", NOW);

        ehe.close(CaseOutcome.SCHOOL_ATTENDANCE_ORDER, "Order served; school named", "officer.a", NOW, TODAY);

        assertEquals(CaseStatus.CLOSED, ehe.status());
        assertEquals(CaseOutcome.SCHOOL_ATTENDANCE_ORDER, ehe.outcome());
    }
}
