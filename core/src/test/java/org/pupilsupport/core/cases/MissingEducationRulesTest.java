package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.plugin.kingston.KingstonSchoolCalendar;
import org.pupilsupport.plugin.richmond.RichmondSchoolCalendar;

/** Child missing education: the 20-school-day rule, the essential enquiries, and what closing needs. */
class MissingEducationRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final LocalDate MONDAY_9_NOV = LocalDate.of(2026, 11, 9);

    private static SchoolDays kingston() {
        return SchoolDays.of(new KingstonSchoolCalendar().schoolCalendar(), "Kingston term dates", "the kingston plugin");
    }

    private static SchoolDays richmond() {
        return SchoolDays.of(new RichmondSchoolCalendar().schoolCalendar(), "Richmond term dates", "the richmond plugin");
    }

    private static MissingEducation absentFrom(LocalDate firstDay) {
        return new MissingEducation("I", firstDay, null, null, TODAY);
    }

    private static Enquiry enquiry(EnquiryKind kind) {
        return new Enquiry(kind, LocalDate.of(2026, 11, 20), "no trace of the family", "officer.a");
    }

    private static Case allocatedCase() {
        Case missing = Case.forChild(ServiceArea.MISSING_EDUCATION, "child-1", 100001, CaseSource.SCHOOL_NOTIFICATION,
                LocalDate.of(2026, 11, 20), "Not seen since 9 November", "officer.a", NOW, TODAY);
        missing.allocate("officer.a", null, "lead.b", NOW, TODAY);
        return missing;
    }

    @Test
    void theTwentiethDayOfAbsenceOnKingstonsCalendar() {
        MissingEducation absence = absentFrom(MONDAY_9_NOV);

        SchoolDayDate twentieth = absence.twentiethDayOfAbsence(kingston());

        // Mon 9 Nov is day 1; four full weeks of term follow with no closure: Fri 4 Dec 2026 is day 20.
        assertEquals(LocalDate.of(2026, 12, 4), twentieth.date());
        assertFalse(twentieth.fromBaseline());
    }

    @Test
    void richmondsInsetDayPushesTheTwentiethDayOfAbsenceBack() {
        MissingEducation absence = absentFrom(MONDAY_9_NOV);

        SchoolDayDate twentieth = absence.twentiethDayOfAbsence(richmond());

        // Richmond closes on Mon 30 Nov 2026 (INSET), so days 16-19 are 1-4 Dec and day 20 is Mon 7 Dec.
        assertEquals(LocalDate.of(2026, 12, 7), twentieth.date());
    }

    @Test
    void theTwentiethDayCountsAcrossTheChristmasHolidayAndTheBoroughsDifferentSpringStarts() {
        MissingEducation absence = absentFrom(LocalDate.of(2026, 12, 7));

        LocalDate kingstonTwentieth = absence.twentiethDayOfAbsence(kingston()).date();
        LocalDate richmondTwentieth = absence.twentiethDayOfAbsence(richmond()).date();

        // 7-18 Dec are days 1-10 in both. Kingston returns Mon 4 Jan: days 11-20 end Fri 15 Jan.
        assertEquals(LocalDate.of(2027, 1, 15), kingstonTwentieth);
        // Richmond returns Tue 5 Jan: 5-8 Jan are days 11-14, 11-15 Jan days 15-19, Mon 18 Jan day 20.
        assertEquals(LocalDate.of(2027, 1, 18), richmondTwentieth);
    }

    private static MissingEducation absentFromWithSchoolAnswers(LocalDate firstDay, AbsenceRecording codes, SchoolBelief belief) {
        return new MissingEducation("I", firstDay, null, null, codes, belief, TODAY);
    }

    private static final List<Enquiry> JOINT_ENQUIRIES_FAILED = List.of(enquiry(EnquiryKind.SCHOOL_CONTACTS), enquiry(EnquiryKind.HOME_VISIT));

    private static List<GroundIAdvice.Status> statuses(GroundIAdvice advice) {
        return advice.conditions().stream().map(GroundIAdvice.Condition::status).toList();
    }

    @Test
    void groundIIsNotMetBeforeTheTwentiethDayEvenWithEveryOtherCondition() {
        MissingEducation absence = absentFromWithSchoolAnswers(MONDAY_9_NOV, AbsenceRecording.ONLY_G_N_O, SchoolBelief.NO_GROUNDS);

        // Day 19 on Kingston's calendar is Thu 3 Dec 2026 (day 20 is Fri 4 Dec).
        GroundIAdvice onDayNineteen = absence.groundIAdvice(LocalDate.of(2026, 12, 3), kingston(), JOINT_ENQUIRIES_FAILED);

        assertFalse(onDayNineteen.deletionMayBeMade());
        assertTrue(onDayNineteen.open(), "nothing rules it out yet");
        assertEquals(List.of(GroundIAdvice.Status.PENDING, GroundIAdvice.Status.MET, GroundIAdvice.Status.MET, GroundIAdvice.Status.MET),
                statuses(onDayNineteen));
        assertEquals(LocalDate.of(2026, 12, 4), onDayNineteen.earliestDeletion());
        assertTrue(onDayNineteen.headline().contains("the 20th school day is only the earliest date"), onDayNineteen.headline());
    }

    @Test
    void groundIIsMetOnTheTwentiethDayOnlyWithEveryConditionRecorded() {
        LocalDate dayTwenty = LocalDate.of(2026, 12, 4);
        MissingEducation schoolNotAsked = absentFrom(MONDAY_9_NOV);
        MissingEducation allAnswered = absentFromWithSchoolAnswers(MONDAY_9_NOV, AbsenceRecording.ONLY_G_N_O, SchoolBelief.NO_GROUNDS);

        GroundIAdvice unknownCodes = schoolNotAsked.groundIAdvice(dayTwenty, kingston(), JOINT_ENQUIRIES_FAILED);
        GroundIAdvice noHomeVisit = allAnswered.groundIAdvice(dayTwenty, kingston(), List.of(enquiry(EnquiryKind.SCHOOL_CONTACTS),
                enquiry(EnquiryKind.POLICE)));
        GroundIAdvice met = allAnswered.groundIAdvice(dayTwenty, kingston(), JOINT_ENQUIRIES_FAILED);

        assertFalse(unknownCodes.deletionMayBeMade(), "the school has not said how it coded the absence");
        assertEquals(GroundIAdvice.Status.PENDING, unknownCodes.conditions().get(1).status());
        assertFalse(noHomeVisit.deletionMayBeMade(), "the authority's own enquiry is missing");
        assertTrue(noHomeVisit.conditions().get(3).shown().contains("Home visit"), noHomeVisit.conditions().get(3).shown());
        assertTrue(met.deletionMayBeMade());
        assertTrue(met.headline().startsWith("Every condition of ground (i) is met"));
    }

    @Test
    void otherCodesAReasonToThinkTheChildIllOrAnEnquiryThatFoundTheChildRuleGroundIOut() {
        LocalDate wellAfter = LocalDate.of(2027, 1, 29);
        MissingEducation illnessCodes = absentFromWithSchoolAnswers(MONDAY_9_NOV, AbsenceRecording.OTHER_CODES, SchoolBelief.NO_GROUNDS);
        MissingEducation mayBeIll = absentFromWithSchoolAnswers(MONDAY_9_NOV, AbsenceRecording.ONLY_G_N_O, SchoolBelief.HAS_GROUNDS);
        MissingEducation allAnswered = absentFromWithSchoolAnswers(MONDAY_9_NOV, AbsenceRecording.ONLY_G_N_O, SchoolBelief.NO_GROUNDS);
        List<Enquiry> childFound = List.of(enquiry(EnquiryKind.SCHOOL_CONTACTS), enquiry(EnquiryKind.HOME_VISIT),
                new Enquiry(EnquiryKind.OTHER_LOCAL_AUTHORITIES, LocalDate.of(2026, 11, 25), "On roll in Surrey", true, "officer.a"));

        for (GroundIAdvice advice : List.of(illnessCodes.groundIAdvice(wellAfter, kingston(), JOINT_ENQUIRIES_FAILED),
                mayBeIll.groundIAdvice(wellAfter, kingston(), JOINT_ENQUIRIES_FAILED),
                allAnswered.groundIAdvice(wellAfter, kingston(), childFound))) {
            assertTrue(advice.defeated(), advice.conditions().toString());
            assertFalse(advice.deletionMayBeMade());
            assertTrue(advice.headline().startsWith("Ground (i) cannot be used"));
        }
        assertTrue(illnessCodes.deadlines(kingston(), LocalDate.of(2026, 11, 20), JOINT_ENQUIRIES_FAILED).isEmpty(),
                "no day-20 task once the ground is ruled out");
        assertTrue(allAnswered.deadlines(kingston(), LocalDate.of(2026, 11, 20), childFound).isEmpty());
    }

    @Test
    void theSameDayMeetsGroundIInKingstonButNotYetInRichmond() {
        MissingEducation absence = absentFromWithSchoolAnswers(MONDAY_9_NOV, AbsenceRecording.ONLY_G_N_O, SchoolBelief.NO_GROUNDS);
        LocalDate friday4Dec = LocalDate.of(2026, 12, 4);

        // Day 20 is 4 Dec in Kingston but 7 Dec in Richmond, whose INSET day on 30 Nov is not a day of absence.
        assertTrue(absence.groundIAdvice(friday4Dec, kingston(), JOINT_ENQUIRIES_FAILED).deletionMayBeMade());
        assertFalse(absence.groundIAdvice(friday4Dec, richmond(), JOINT_ENQUIRIES_FAILED).deletionMayBeMade());
    }

    @Test
    void withoutAFirstDayOfAbsenceGroundICannotBeMetButEnquiriesAreStillDueAtOnce() {
        MissingEducation referralOnly = new MissingEducation(null, null, null, null, TODAY);
        LocalDate referredOn = LocalDate.of(2026, 12, 7);

        GroundIAdvice advice = referralOnly.groundIAdvice(TODAY, kingston(), JOINT_ENQUIRIES_FAILED);
        List<Deadline> deadlines = referralOnly.deadlines(kingston(), referredOn, List.of());

        assertFalse(advice.deletionMayBeMade());
        assertEquals(GroundIAdvice.Status.PENDING, advice.conditions().get(0).status());
        assertEquals(1, deadlines.size());
        assertEquals(DeadlineKind.ENQUIRIES_START, deadlines.get(0).kind());
        assertEquals(referredOn, deadlines.get(0).due().date(), "enquiries start the day the case comes in, not on day 20");
        assertTrue(referralOnly.deadlines(kingston(), referredOn, List.of(enquiry(EnquiryKind.SCHOOL_CONTACTS))).isEmpty(),
                "met once an enquiry is recorded");
    }

    @Test
    void theTwentiethDayIsADeadlineKeyedToTheFirstDayAbsent() {
        MissingEducation absence = absentFrom(MONDAY_9_NOV);

        List<Deadline> deadlines = absence.deadlines(richmond(), LocalDate.of(2026, 11, 20), JOINT_ENQUIRIES_FAILED);

        assertEquals(1, deadlines.size());
        assertEquals(DeadlineKind.TWENTY_SCHOOL_DAYS_ABSENT, deadlines.get(0).kind());
        assertEquals("TWENTY_SCHOOL_DAYS_ABSENT:2026-11-09", deadlines.get(0).key());
        assertEquals(LocalDate.of(2026, 12, 7), deadlines.get(0).due().date());
        assertTrue(deadlines.get(0).kind().label().contains("earliest date of a ground (i) deletion"));
    }

    @Test
    void aFirstDayOfAbsenceInTheFutureIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MissingEducation("I", TODAY.plusDays(1), null, null, TODAY));

        assertEquals("The first day of absence cannot be in the future", refused.getMessage());
    }

    @Test
    void aLocalAuthorityCodeMustBeThreeDigits() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MissingEducation("C", MONDAY_9_NOV, "12A", null, TODAY));

        assertEquals("A local authority code is three digits, e.g. 868 for Windsor and Maidenhead", refused.getMessage());
    }

    @Test
    void aLocalAuthorityCodeLongerThanThreeCharactersIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MissingEducation("C", MONDAY_9_NOV, "8681", null, TODAY));

        assertEquals("Keep the destination authority's code to 3 characters (it has 4)", refused.getMessage());
    }

    @Test
    void aNotificationDateNeedsTheAuthorityThatWasNotified() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MissingEducation("C", MONDAY_9_NOV, "  ", LocalDate.of(2026, 11, 30), TODAY));

        assertEquals("Enter which authority was notified", refused.getMessage());
    }

    @Test
    void anAuthorityCannotHaveBeenNotifiedInTheFuture() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MissingEducation("C", MONDAY_9_NOV, "868", TODAY.plusDays(1), TODAY));

        assertEquals("The other authority cannot have been notified in the future", refused.getMessage());
    }

    @Test
    void aCaseWithNoDetailsRecordedCannotCloseAsMovedToAnotherAuthority() {
        Case missing = allocatedCase();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> missing.close(CaseOutcome.MOVED_TO_ANOTHER_LA, null, "officer.a", NOW, TODAY));

        assertEquals("Record which authority the child moved to and the date it was notified before closing", refused.getMessage());
        assertEquals(CaseStatus.OPEN, missing.status());
    }

    @Test
    void closingAsMovedToAnotherAuthorityNeedsTheNotificationDateAsWellAsTheAuthority() {
        Case missing = allocatedCase();
        missing.recordMissingEducation(new MissingEducation("C", MONDAY_9_NOV, "868", null, TODAY), "officer.a", NOW);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> missing.close(CaseOutcome.MOVED_TO_ANOTHER_LA, null, "officer.a", NOW, TODAY));

        assertEquals("Record which authority the child moved to and the date it was notified before closing", refused.getMessage());
        assertEquals(CaseStatus.OPEN, missing.status());
    }

    @Test
    void closingAsMovedToAnotherAuthorityIsAllowedOnceTheAuthorityAndNotificationAreRecorded() {
        Case missing = allocatedCase();
        missing.recordMissingEducation(new MissingEducation("C", MONDAY_9_NOV, "868", LocalDate.of(2026, 12, 1), TODAY), "officer.a", NOW);

        missing.close(CaseOutcome.MOVED_TO_ANOTHER_LA, "Windsor and Maidenhead confirmed", "officer.a", NOW, TODAY);

        assertEquals(CaseStatus.CLOSED, missing.status());
        assertEquals(CaseOutcome.MOVED_TO_ANOTHER_LA, missing.outcome());
        assertEquals(TODAY, missing.closedOn());
    }

    @Test
    void aCaseWithNoDetailsRecordedCannotCloseAsUntraced() {
        Case missing = allocatedCase();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> missing.close(CaseOutcome.CLOSED_UNTRACED, null, "officer.a", NOW, TODAY));

        assertEquals("A child closed as untraced must first be placed in the DfE lost-pupil area: record that enquiry", refused.getMessage());
        assertEquals(CaseStatus.OPEN, missing.status());
    }

    @Test
    void closingAsUntracedNeedsTheLostPupilEnquiryNotJustTheOthers() {
        Case missing = allocatedCase();
        missing.recordMissingEducation(absentFrom(MONDAY_9_NOV), "officer.a", NOW);
        missing.addEnquiry(EnquiryKind.SCHOOL_CONTACTS, LocalDate.of(2026, 11, 23), "friends do not know", "officer.a", NOW, TODAY);
        missing.addEnquiry(EnquiryKind.HOME_VISIT, LocalDate.of(2026, 11, 24), "house empty", "officer.a", NOW, TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> missing.close(CaseOutcome.CLOSED_UNTRACED, null, "officer.a", NOW, TODAY));

        assertEquals("A child closed as untraced must first be placed in the DfE lost-pupil area: record that enquiry", refused.getMessage());
    }

    @Test
    void closingAsUntracedIsAllowedOnceTheLostPupilEnquiryIsRecorded() {
        Case missing = allocatedCase();
        missing.recordMissingEducation(absentFrom(MONDAY_9_NOV), "officer.a", NOW);
        missing.addEnquiry(EnquiryKind.LOST_PUPIL_DATABASE, LocalDate.of(2026, 12, 8), "details uploaded", "officer.a", NOW, TODAY);

        missing.close(CaseOutcome.CLOSED_UNTRACED, null, "officer.a", NOW, TODAY);

        assertEquals(CaseStatus.CLOSED, missing.status());
        assertEquals(CaseOutcome.CLOSED_UNTRACED, missing.outcome());
    }
}
