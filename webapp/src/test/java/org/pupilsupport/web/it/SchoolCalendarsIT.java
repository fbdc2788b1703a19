package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.calendar.BoroughCalendars;
import org.pupilsupport.core.calendar.CalendarPeriod;
import org.pupilsupport.core.calendar.CalendarSpan;
import org.pupilsupport.core.calendar.CalendarSpanKind;
import org.pupilsupport.core.calendar.SchoolCalendars;
import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.ExclusionNotice;
import org.pupilsupport.core.cases.Casework.NewChildCase;
import org.pupilsupport.core.cases.CaseSource;
import org.pupilsupport.core.cases.Deadline;
import org.pupilsupport.core.cases.DeadlineKind;
import org.pupilsupport.core.cases.ExclusionCategory;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.core.validation.InvalidCommandException;

import jakarta.inject.Inject;

/**
 * School calendars kept as data on the real server and database: an academy's own INSET day moves a deadline for its
 * pupils and no one else's; a pupil at another borough's school counts on that borough's term dates; only the
 * school's own borough keeps its calendar; a file with problems changes nothing; replaced dates stay in the history.
 * Dates counted by hand: Kingston's 2026/27 pattern has no INSET day in November, Richmond's has Mon 30 Nov 2026.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolCalendarsIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");
    private static final LocalDate THURSDAY_26_NOVEMBER_2026 = LocalDate.of(2026, 11, 26);

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(SchoolCalendarsIT.class, TestOfficers.class, TestSchools.class)
                .addAsResource("calendars/academy-2026-27.csv").addAsResource("calendars/academy-2026-27.ics");
    }

    @Inject
    TestOfficers officers;

    @Inject
    TestSchools schools;

    @Inject
    SchoolCalendars calendars;

    @Inject
    BoroughCalendars boroughCalendars;

    @Inject
    Casework casework;

    @Inject
    ChildRegister children;

    private SchoolCalendars.Preview previewOf(Integer urn, String file) throws IOException {
        try (InputStream content = SchoolCalendarsIT.class.getResourceAsStream("/calendars/" + file)) {
            return calendars.preview(urn, content, file);
        }
    }

    private String kingstonAdministrator() {
        String admin = officers.newAccount("calendar.admin", KINGSTON, BoroughRole.ADMINISTRATOR);
        officers.actAs(admin, KINGSTON);
        return admin;
    }

    @Test
    void anAcademysOwnInsetDayMovesItsPupilsDeadlinesAndNoOneElses() throws IOException {
        int academy = schools.newSchool("314", "Calendar Academy");
        int neighbour = schools.newSchool("314", "Neighbour Primary");
        kingstonAdministrator();

        SchoolCalendars.Preview preview = previewOf(academy, "academy-2026-27.ics");
        assertTrue(preview.acceptable(), preview.problems().toString());
        calendars.replace(preview);

        SchoolDayDate atTheAcademy = boroughCalendars.forSchool(KINGSTON, academy).after(THURSDAY_26_NOVEMBER_2026, 1);
        SchoolDayDate nextDoor = boroughCalendars.forSchool(KINGSTON, neighbour).after(THURSDAY_26_NOVEMBER_2026, 1);
        // The academy is shut on Fri 27 Nov, so its next school day is Mon 30 Nov; the borough's pattern has school on the 27th.
        assertEquals(LocalDate.of(2026, 11, 30), atTheAcademy.date());
        assertTrue(atTheAcademy.calendarDescription().startsWith("Calendar Academy " + academy + "'s own calendar"), atTheAcademy.calendarDescription());
        assertEquals(LocalDate.of(2026, 11, 27), nextDoor.date());
        assertEquals("Kingston upon Thames term dates (Neighbour Primary " + neighbour + " has no calendar of its own)", nextDoor.calendarDescription());
    }

    @Test
    void aCaseAboutAPupilCountsOnThePupilsSchoolsCalendar() throws IOException {
        int academy = schools.newSchool("314", "Deadline Academy");
        kingstonAdministrator();
        calendars.replace(previewOf(academy, "academy-2026-27.csv"));
        String officer = officers.newAccount("calendar.officer", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, officer);
        officers.actAs(officer, KINGSTON);
        String child = children.register(new NewChild("Ola", null, "Calendar" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "c"),
                LocalDate.of(2012, 5, 1), null));
        String atTheAcademy = casework.recordChildCase(new NewChildCase(ServiceArea.SUSPENSION_OR_EXCLUSION, child, academy,
                CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 11, 23), "Head teacher's notice", true)).toString();
        String atNoSchool = casework.recordChildCase(new NewChildCase(ServiceArea.SUSPENSION_OR_EXCLUSION, child, null,
                CaseSource.SCHOOL_NOTIFICATION, LocalDate.of(2026, 11, 23), "Head teacher's notice", true)).toString();

        ExclusionNotice permanent = new ExclusionNotice(ExclusionCategory.PERMANENT, LocalDate.of(2026, 11, 23), null, List.of("PA"),
                LocalDate.of(2026, 11, 23), false, false);
        casework.recordExclusion(atTheAcademy, permanent);
        casework.recordExclusion(atNoSchool, permanent);

        // From Mon 23 Nov: 23-26 (4), the academy's INSET on Fri 27, Mon 30 (5), Tue 1 Dec (6); on the pattern, Mon 30 Nov is the 6th.
        assertEquals(LocalDate.of(2026, 12, 1), sixthDay(atTheAcademy).due().date());
        assertEquals(LocalDate.of(2026, 11, 30), sixthDay(atNoSchool).due().date());
    }

    private Deadline sixthDay(String reference) {
        return casework.rulesOf(reference).deadlines().stream().filter(deadline -> deadline.kind() == DeadlineKind.SIXTH_DAY_PROVISION)
                .findFirst().orElseThrow();
    }

    @Test
    void aPupilAtAnotherBoroughsSchoolCountsOnThatBoroughsTermDates() {
        int richmondSchool = schools.newSchool("318", "Riverside Primary");
        officers.actAsSystemIn(KINGSTON);

        SchoolDayDate deadline = boroughCalendars.forSchool(KINGSTON, richmondSchool).after(LocalDate.of(2026, 11, 27), 1);

        // Richmond's pattern has an INSET day on Mon 30 Nov 2026; Kingston's does not.
        assertEquals(LocalDate.of(2026, 12, 1), deadline.date());
        assertTrue(deadline.calendarDescription().startsWith("Richmond upon Thames term dates"), deadline.calendarDescription());
    }

    @Test
    void onlyTheSchoolsOwnBoroughKeepsItsCalendar() {
        int richmondSchool = schools.newSchool("318", "Kept Elsewhere Primary");
        kingstonAdministrator();

        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> previewOf(richmondSchool, "academy-2026-27.csv"));

        assertEquals("Kept Elsewhere Primary " + richmondSchool + " is a school of LA 318: its calendar is kept by that authority's administrators",
                refused.problems().get(0).message());
    }

    @Test
    void datesWithProblemsChangeNothing() {
        int academy = schools.newSchool("314", "Careful Academy");
        kingstonAdministrator();
        List<CalendarSpan> overlapping = List.of(
                new CalendarSpan(CalendarSpanKind.TERM, LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18), "Autumn"),
                new CalendarSpan(CalendarSpanKind.TERM, LocalDate.of(2026, 12, 14), LocalDate.of(2027, 3, 25), "Spring"),
                new CalendarSpan(CalendarSpanKind.TERM, LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 21), "Summer"));

        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> calendars.replace(academy, overlapping, "typed"));

        assertFalse(refused.problems().isEmpty());
        assertTrue(calendars.current(academy).isEmpty(), "nothing was written");
    }

    @Test
    void replacedDatesAreKeptAsHistoryAndTheNewOnesCount() throws IOException {
        int academy = schools.newSchool("314", "Changing Academy");
        String admin = kingstonAdministrator();
        calendars.replace(previewOf(academy, "academy-2026-27.csv"));
        List<CalendarSpan> withoutTheInset = calendars.current(academy).stream().map(CalendarPeriod::span)
                .filter(span -> !span.label().startsWith("INSET")).toList();

        calendars.replace(academy, withoutTheInset, "typed without the INSET day");

        assertEquals(6, calendars.current(academy).size());
        List<CalendarPeriod> replaced = calendars.withdrawn(academy);
        assertEquals(7, replaced.size(), "every period of the year replaced is kept");
        assertTrue(replaced.stream().allMatch(period -> admin.equals(period.withdrawnBy())));
        assertEquals(LocalDate.of(2026, 11, 27), boroughCalendars.forSchool(KINGSTON, academy).after(THURSDAY_26_NOVEMBER_2026, 1).date());
    }

    @Test
    void aPreviewOfTheBoroughsTermDatesCannotBePutInPlaceForAnotherBorough() throws IOException {
        String admin = officers.newAccount("calendar.both", KINGSTON, BoroughRole.ADMINISTRATOR);
        officers.actAsSystemIn(RICHMOND);
        String richmondAdmin = officers.newAccount("calendar.richmond", RICHMOND, BoroughRole.ADMINISTRATOR);
        officers.actAs(admin, KINGSTON);
        SchoolCalendars.Preview kingstonsPattern = previewOf(null, "academy-2026-27.csv");
        officers.actAs(richmondAdmin, RICHMOND);

        assertThrows(IllegalStateException.class, () -> calendars.replace(kingstonsPattern));
    }

    @Test
    void anInsetDayAddedByHandStartsFromTheBoroughsDatesAndMovesTheDeadline() {
        int school = schools.newSchool("314", "Hand Typed Primary");
        kingstonAdministrator();

        calendars.addClosure(school, LocalDate.of(2026, 11, 27), null, "INSET day");

        // The school had no dates of its own, so Kingston's 2026/27 terms and half terms were copied and the day added.
        List<CalendarPeriod> current = calendars.current(school);
        assertTrue(current.stream().anyMatch(period -> period.label().equals("INSET day") && period.firstDay().equals(LocalDate.of(2026, 11, 27))));
        assertTrue(current.stream().anyMatch(period -> period.label().equals("Spring half term 2027")), current.toString());
        assertEquals(LocalDate.of(2026, 11, 30), boroughCalendars.forSchool(KINGSTON, school).after(THURSDAY_26_NOVEMBER_2026, 1).date());
    }

    @Test
    void aClosureOutsideTheTermsIsRefusedAndNothingChanges() {
        int school = schools.newSchool("314", "Holiday Primary");
        kingstonAdministrator();

        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> calendars.addClosure(school, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), "Christmas Eve"));

        assertEquals("Christmas Eve 24/12/2026 is not inside any term", refused.problems().get(0).message());
        assertTrue(calendars.current(school).isEmpty());
    }

    @Test
    void anOfficerCannotChangeCalendars() {
        String officer = officers.newAccount("calendar.reader", KINGSTON, BoroughRole.OFFICER);
        officers.actAs(officer, KINGSTON);

        assertThrows(AccessDeniedException.class, () -> calendars.current(null));
    }
}
