package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.cases.AttachmentDownload;
import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.cases.CaseAttachment;
import org.pupilsupport.core.cases.CaseNotFoundException;
import org.pupilsupport.core.cases.CaseSource;
import org.pupilsupport.core.cases.CaseStatus;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.NewChildCase;
import org.pupilsupport.core.cases.DeadlineKind;
import org.pupilsupport.core.cases.DeletionRoute;
import org.pupilsupport.core.cases.ExclusionCategory;
import org.pupilsupport.core.cases.NotificationKind;
import org.pupilsupport.core.cases.SchoolNotifications;
import org.pupilsupport.core.cases.SchoolNotifications.ChildAsNotified;
import org.pupilsupport.core.cases.SchoolNotifications.DeletionReturn;
import org.pupilsupport.core.cases.SchoolNotifications.Received;
import org.pupilsupport.core.cases.SchoolNotifications.SchoolNotification;
import org.pupilsupport.core.cases.SchoolNotifications.TimetableNotice;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.RollDeletion;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.startup.InstallationSettings;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Schools' returns received as one act, and files attached to cases, on the real server and database: a return
 * either records everything (child, case, facts, deadlines) or nothing; files live outside the web root in the
 * borough's own folder and are reachable only through a case of that borough.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolNotificationsIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");
    /** DemoData's first invented Kingston school. */
    private static final int KINGSTON_SCHOOL = 991400;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(SchoolNotificationsIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    SchoolNotifications notifications;

    @Inject
    Casework casework;

    @Inject
    ChildRegister children;

    @Inject
    InstallationSettings settings;

    private static String uniqueSurname() {
        return "Returns" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "r");
    }

    private static SchoolNotification deletion(ChildAsNotified child, String ground, String parentPhone) {
        return new SchoolNotification(NotificationKind.DELETION, KINGSTON_SCHOOL, LocalDate.of(2026, 11, 20), child, null,
                new DeletionReturn(ground, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 16),
                        List.of(new RollDeletion.Parent("Ruth Example", "1 Example Road, Kingston KT1 1AA", parentPhone)), null, null, null),
                null, null, null);
    }

    /**
     * Every ground of PR 2024 reg 9(1) routed: (f) starts home-education work with its first-contact task; transfers
     * (a), a registration kept at another school (c), deaths (k), over-age leavers (l) and permanent exclusions (o) are
     * recorded on the child without a case; every other ground opens a child-missing-education case. The deletion is
     * on the child's record in every case, with its parents and whether the school told the authority in time.
     */
    @Test
    void eachDeletionGroundIsRoutedToTheWorkItCallsFor() {
        String intake = officers.newAccount("returns.routes", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, intake);
        String surname = uniqueSurname();
        for (String ground : List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O")) {
            officers.actAs(intake, KINGSTON);
            Received received = notifications.receive(deletion(new ChildAsNotified(null, "Ground" + ground.toLowerCase(), surname,
                    LocalDate.of(2013, 3, 3)), ground, "07700 900600"));

            officers.actAs(intake, KINGSTON);
            List<Case> cases = casework.casesOfChild(received.childId()).stream().map(summary -> {
                officers.actAs(intake, KINGSTON);
                return casework.open(summary.reference().toString());
            }).toList();
            switch (ground) {
                case "A", "C", "K", "L", "O" -> {
                    assertEquals(DeletionRoute.RECORDED_ON_CHILD, received.route(), ground);
                    assertEquals(null, received.reference(), ground);
                    assertEquals(List.of(), cases, "ground (" + ground + ") is not a child missing education");
                }
                case "F" -> {
                    assertEquals(DeletionRoute.HOME_EDUCATION, received.route());
                    assertEquals(ServiceArea.ELECTIVE_HOME_EDUCATION, cases.get(0).area());
                    assertEquals(LocalDate.of(2026, 11, 16), cases.get(0).homeEducation().noticeOn(), "the parent's written notice");
                    assertTrue(cases.get(0).homeEducation().writtenNotice());
                    assertTrue(cases.get(0).tasks().stream().anyMatch(task -> task.kind() == DeadlineKind.HOME_EDUCATION_FIRST_CONTACT),
                            cases.get(0).tasks().toString());
                }
                default -> {
                    assertEquals(DeletionRoute.MISSING_EDUCATION, received.route(), ground);
                    assertEquals(1, cases.size(), ground);
                    assertEquals(ServiceArea.MISSING_EDUCATION, cases.get(0).area(), ground);
                    assertEquals(ground, cases.get(0).missingEducation().deletionGround());
                }
            }
            officers.actAs(intake, KINGSTON);
            org.pupilsupport.core.children.Child child = ((org.pupilsupport.core.children.ChildRecordAccess.Granted) children.open(received.childId())).child();
            assertEquals(1, child.rollDeletions().size(), ground);
            RollDeletion kept = child.rollDeletions().get(0);
            assertEquals(ground, kept.ground());
            assertEquals(LocalDate.of(2026, 11, 20), kept.deletedOn());
            assertTrue(kept.toldInTime(), "received on the day of deletion is in time");
            assertEquals("1 Example Road, Kingston KT1 1AA", kept.parents().get(0).address());
        }
    }

    /**
     * Pupils not of compulsory school age on the day of deletion (Education Act 1996 s8): a sixth former (16 on 3 Mar
     * 2026, so past the school leaving date of Fri 26 Jun 2026) and a nursery child (five on 1 Jun 2027) open no case
     * whatever the ground, since reg 9(3) governs their deletion and s436A and s437 concern compulsory school age.
     */
    @Test
    void aPupilNotOfCompulsorySchoolAgeOpensNoCaseWhateverTheGround() {
        String intake = officers.newAccount("returns.age", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, intake);
        String surname = uniqueSurname();
        officers.actAs(intake, KINGSTON);
        Received sixthFormer = notifications.receive(deletion(new ChildAsNotified(null, "Sixthformer", surname, LocalDate.of(2010, 3, 3)), "I",
                "07700 900601"));
        officers.actAs(intake, KINGSTON);
        Received nurseryChild = notifications.receive(deletion(new ChildAsNotified(null, "Nursery", surname, LocalDate.of(2022, 6, 1)), "F",
                "07700 900602"));

        for (Received received : List.of(sixthFormer, nurseryChild)) {
            assertEquals(DeletionRoute.RECORDED_ON_CHILD, received.route());
            assertEquals(null, received.reference());
            officers.actAs(intake, KINGSTON);
            assertEquals(List.of(), casework.casesOfChild(received.childId()));
            officers.actAs(intake, KINGSTON);
            org.pupilsupport.core.children.Child child = ((org.pupilsupport.core.children.ChildRecordAccess.Granted) children.open(received.childId())).child();
            assertEquals("no case opened: not of compulsory school age on 2026-11-20 (reg 9(3) applies)", child.rollDeletions().get(0).handledAs());
        }
    }

    @Test
    void aReturnReceivedAfterTheDeletionIsMarkedLateAndTheSchoolRegistrationEnds() {
        String intake = officers.newAccount("returns.late", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, intake);
        officers.actAs(intake, KINGSTON);
        String surname = uniqueSurname();
        String childId = children.register(new NewChild("Tomas", null, surname, LocalDate.of(2014, 5, 5), null, KINGSTON_SCHOOL,
                LocalDate.of(2021, 9, 1)));

        officers.actAs(intake, KINGSTON);
        notifications.receive(new SchoolNotification(NotificationKind.DELETION, KINGSTON_SCHOOL, LocalDate.of(2026, 11, 20),
                new ChildAsNotified(null, "Tomas", surname, LocalDate.of(2014, 5, 5)), null,
                new DeletionReturn("a", LocalDate.of(2026, 11, 2), null, null, List.of(
                        new RollDeletion.Parent("Ana Pereira", "4 Mill Lane, Surbiton KT6 4AA", "07700 900601"),
                        new RollDeletion.Parent("Rui Pereira", "9 Hill Rise, Richmond TW10 6AA", "07700 900602")), null, null, null),
                null, null, null));

        officers.actAs(intake, KINGSTON);
        org.pupilsupport.core.children.Child child = ((org.pupilsupport.core.children.ChildRecordAccess.Granted) children.open(childId)).child();
        RollDeletion kept = child.rollDeletions().get(0);
        assertFalse(kept.toldInTime(), "deleted on 2 November, told on 20 November");
        assertEquals(2, kept.parents().size(), "one for each parent the child lives with");
        assertEquals(LocalDate.of(2026, 11, 2), child.enrolments().get(0).end(), "off the school's roll from the deletion");
        assertTrue(child.currentEnrolments().isEmpty());
    }

    @Test
    void aDeletionReturnForAChildNewToTheBoroughRecordsTheChildAndACaseAwaitingAllocation() {
        String intake = officers.newAccount("returns.intake", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, intake);
        officers.actAs(intake, KINGSTON);
        String surname = uniqueSurname();

        Received received = notifications.receive(deletion(new ChildAsNotified(null, "Iris", surname, LocalDate.of(2015, 4, 2)), "i", "07700 900555"));

        assertTrue(received.childNewlyRecorded());
        Case theCase = casework.open(received.reference().toString());
        assertEquals(ServiceArea.MISSING_EDUCATION, theCase.area());
        assertEquals(CaseStatus.REFERRED, theCase.status());
        assertEquals(CaseSource.SCHOOL_NOTIFICATION, theCase.source());
        assertEquals("I", theCase.missingEducation().deletionGround());
        assertTrue(theCase.summary().contains("Ruth Example, 1 Example Road, Kingston KT1 1AA, telephone 07700 900555"), theCase.summary());
        // First day absent Monday 12 October 2026; Kingston's half term is 26-30 October: day 20 is Friday 13 November.
        assertEquals(LocalDate.of(2026, 11, 13), theCase.tasks().stream().filter(task -> task.kind() == DeadlineKind.TWENTY_SCHOOL_DAYS_ABSENT)
                .findFirst().orElseThrow().dueOn());
        assertEquals(null, theCase.tasks().get(0).assignedTo(), "nobody has the task until the case is allocated");
    }

    @Test
    void aReturnNamingAKnownUpnLinksThatChildButAWrongDateOfBirthIsRefused() {
        String intake = officers.newAccount("returns.link", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, intake);
        officers.actAs(intake, KINGSTON);
        String surname = uniqueSurname();
        // A UPN no other test uses: an establishment number and serial from the clock.
        String validUpn = org.pupilsupport.core.children.Upn.issue("314", String.format("%04d", (int) (System.nanoTime() % 10000)), 2026,
                String.format("%03d", (int) ((System.nanoTime() / 10000) % 1000))).value();
        String childId = children.register(new NewChild("Omar", null, surname, LocalDate.of(2013, 1, 9), validUpn));

        Received linked = notifications.receive(new SchoolNotification(NotificationKind.REDUCED_TIMETABLE, KINGSTON_SCHOOL, LocalDate.of(2026, 11, 20),
                new ChildAsNotified(validUpn, "Omar", surname, LocalDate.of(2013, 1, 9)), "Form received by email", null, null,
                new TimetableNotice(new BigDecimal("12"), new BigDecimal("32.5"), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 18), "Phased return"),
                null));

        assertFalse(linked.childNewlyRecorded());
        assertEquals(childId, linked.childId());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> notifications.receive(
                deletion(new ChildAsNotified(validUpn, "Omar", surname, LocalDate.of(2013, 1, 10)), "A", "07700 900556")));
        assertTrue(refused.getMessage().contains("another date of birth"), refused.getMessage());
        assertEquals(1, casework.casesOfChild(childId).size(), "the refused return added no case");
    }

    @Test
    void anInvalidReturnWritesNothingNeitherChildNorCase() {
        String intake = officers.newAccount("returns.refused", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, intake);
        officers.actAs(intake, KINGSTON);
        String surname = uniqueSurname();
        ChildAsNotified child = new ChildAsNotified(null, "Nell", surname, LocalDate.of(2014, 7, 7));
        long casesBefore = casework.countAll();

        org.pupilsupport.core.validation.InvalidCommandException noPhone = assertThrows(org.pupilsupport.core.validation.InvalidCommandException.class,
                () -> notifications.receive(deletion(child, "i", " ")), "no telephone for the parent");
        assertEquals("parentPhone1", noPhone.problems().get(0).field());
        assertThrows(IllegalArgumentException.class, () -> notifications.receive(deletion(child, "Z", "07700 900557")), "no such ground");
        assertThrows(IllegalArgumentException.class, () -> notifications.receive(new SchoolNotification(NotificationKind.EXCLUSION, KINGSTON_SCHOOL,
                LocalDate.of(2026, 11, 20), child, null, null, new Casework.ExclusionNotice(ExclusionCategory.SUSPENSION, LocalDate.of(2026, 11, 18),
                new BigDecimal("2"), List.of(), null, false, false), null, null)), "no reason");

        assertEquals(casesBefore, casework.countAll());
        assertEquals(0, children.countMatching(surname), "no child was recorded by a refused return");
    }

    @Test
    void filesLiveInTheirBoroughsFolderAndAreReachedOnlyThroughItsCases() throws Exception {
        String officer = officers.newAccount("files.officer", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, officer);
        officers.actAs(officer, KINGSTON);
        String childId = children.register(new NewChild("Ava", null, uniqueSurname(), LocalDate.of(2012, 2, 2), null));
        String reference = casework.recordChildCase(new NewChildCase(ServiceArea.HEALTH_NEEDS, childId, null, CaseSource.PARENT,
                LocalDate.of(2026, 11, 20), "Consultant's letter", true)).toString();
        byte[] letter = "%PDF-1.4\n% a consultant's letter\n".getBytes(StandardCharsets.US_ASCII);

        CaseAttachment attached = casework.attach(reference, null, "C:\\Users\\school\\consultant letter.pdf", letter);

        assertEquals("consultant letter.pdf", attached.fileName());
        Path stored = settings.attachmentsDirectory().resolve("kingston").resolve(attached.id());
        assertTrue(Files.isRegularFile(stored), "kept in Kingston's folder: " + stored);
        AttachmentDownload download = casework.download(reference, attached.id());
        assertEquals("application/pdf", download.contentType());
        assertEquals(new String(letter, StandardCharsets.US_ASCII), new String(download.content(), StandardCharsets.US_ASCII));
        assertThrows(IllegalArgumentException.class, () -> casework.attach(reference, null, "page.pdf", "<html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, casework.attachmentsOf(reference).size(), "the refused file was not added");

        String richmondOfficer = officers.newAccount("files.richmond", RICHMOND, BoroughRole.SENIOR_OFFICER);
        // In a team, and working the case themselves, so that need to know lets them into their own case: only the
        // borough boundary can then stop Kingston's file.
        officers.newTeam(RICHMOND, richmondOfficer);
        officers.actAs(richmondOfficer, RICHMOND);
        assertThrows(CaseNotFoundException.class, () -> casework.download(reference, attached.id()));
        assertThrows(CaseNotFoundException.class, () -> casework.attachmentsOf(reference));
        String richmondChild = children.register(new NewChild("Bo", null, uniqueSurname(), LocalDate.of(2012, 3, 3), null));
        String richmondCase = casework.recordChildCase(new NewChildCase(ServiceArea.HEALTH_NEEDS, richmondChild, null, CaseSource.PARENT,
                LocalDate.of(2026, 11, 20), "Letter", true)).toString();
        assertThrows(CaseNotFoundException.class, () -> casework.download(richmondCase, attached.id()),
                "Kingston's file id through a Richmond case finds nothing");
    }
}
