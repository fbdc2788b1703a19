package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrailNames;
import org.pupilsupport.core.cases.CaseOutcome;
import org.pupilsupport.core.cases.CaseSource;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.NewChildCase;
import org.pupilsupport.core.cases.ContactChannel;
import org.pupilsupport.core.cases.EnquiryKind;
import org.pupilsupport.core.cases.NotificationKind;
import org.pupilsupport.core.cases.SchoolNotifications;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.CarerContact;
import org.pupilsupport.core.children.CarerRelationship;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewAddress;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildRegister.PersonalDetails;
import org.pupilsupport.core.children.EnrolmentStatus;
import org.pupilsupport.core.children.RecordRestrictedException;
import org.pupilsupport.core.children.RollDeletion;
import org.pupilsupport.core.children.SenProvision;
import org.pupilsupport.core.children.SensitiveDetails;
import org.pupilsupport.core.children.SocialCareStatus;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.privacy.RecordRestrictions;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * A record the DPO restricts is read-only on every route that changes a child or a case, each refusal audited;
 * it leaves officers' searches, lists, tasks and counts but stays readable to whoever opens it, and the DPO still
 * finds it; lifting the restriction brings everything back.
 */
@ExtendWith(ArquillianExtension.class)
class RestrictionIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final int KINGSTON_SCHOOL = 991400;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(RestrictionIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    @Inject
    Casework casework;

    @Inject
    SchoolNotifications notifications;

    @Inject
    RecordRestrictions restrictions;

    @Inject
    AuditChains chains;

    @Inject
    AuditTrailNames names;

    private String senior;
    private String dpo;
    private String teamId;
    private String surname;
    private String childId;
    private String otherId;
    private String mergeId;
    private String reference;
    private String closedReference;
    private String contactId;
    private String enrolmentId;
    private String taskId;

    @BeforeEach
    void aRestrictedChildWithEverything() {
        senior = officers.newAccount("restrict.senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        dpo = officers.newAccount("restrict.dpo", KINGSTON, BoroughRole.DATA_PROTECTION_OFFICER, BoroughRole.AUDITOR);
        teamId = officers.newTeam(KINGSTON, senior);
        surname = "Restricted" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "r");
        officers.actAs(senior, KINGSTON);
        childId = children.register(new NewChild("Rhea", null, surname, LocalDate.of(2014, 6, 6), null));
        otherId = children.register(new NewChild("Tomas", null, "Other" + surname, LocalDate.of(2013, 2, 2), null));
        String duplicate = children.register(new NewChild("Rhea", null, surname, LocalDate.of(2014, 6, 6), null));
        children.merge(childId, duplicate);
        mergeId = children.mergesOf(childId).get(0).id();
        contactId = children.addContact(childId, new CarerContact.Details("Petra " + surname, CarerRelationship.MOTHER, true, true, null, null,
                null, null)).contacts().get(0).id();
        Child enrolled = children.enrol(childId, KINGSTON_SCHOOL, EnrolmentStatus.CURRENT_SINGLE, LocalDate.of(2024, 9, 1));
        enrolmentId = enrolled.currentEnrolments().get(0).id();
        reference = casework.recordChildCase(new NewChildCase(ServiceArea.MISSING_EDUCATION, childId, null, CaseSource.REFERRAL,
                LocalDate.of(2026, 11, 2), "Not seen since half term", true)).toString();
        casework.recordMissingEducation(reference, "i", LocalDate.of(2026, 11, 4), null, null, null, null);
        taskId = casework.open(reference).tasks().stream().filter(task -> !task.done()).findFirst().orElseThrow().id();
        closedReference = casework.recordChildCase(new NewChildCase(ServiceArea.IN_YEAR_TRANSFER, childId, null, CaseSource.PARENT,
                LocalDate.of(2026, 10, 1), "Asked for a school place", true)).toString();
        casework.close(closedReference, CaseOutcome.REQUEST_WITHDRAWN, "Stayed put");

        officers.actAs(dpo, KINGSTON);
        restrictions.restrict(childId, "The parent contests the accuracy of the record (request 2026/77)");
    }

    @Test
    void everyRouteThatChangesTheRecordOrItsCasesIsRefusedAndAudited() {
        officers.actAs(senior, KINGSTON);
        Child before = ((ChildRecordAccess.Granted) children.open(childId)).child();
        int historyBefore = before.changes().size();
        Map<String, Executable> routes = new LinkedHashMap<>();
        routes.put("correctLegalName", () -> children.correctLegalName(childId, "Rhea", null, "Changed"));
        routes.put("updatePersonalDetails", () -> children.updatePersonalDetails(childId,
                new PersonalDetails("Rhea", null, surname, "Ray", null, LocalDate.of(2014, 6, 6), null, null)));
        routes.put("replaceUpn", () -> children.replaceUpn(childId, "A314201400001"));
        routes.put("moveHome", () -> children.moveHome(childId, new NewAddress("1 New Road", null, "Kingston", "KT1 1AA", LocalDate.of(2026, 11, 1))));
        routes.put("addContact", () -> children.addContact(childId, new CarerContact.Details("Ivan " + surname, CarerRelationship.FATHER, true, false,
                null, null, null, null)));
        routes.put("updateContact", () -> children.updateContact(childId, contactId, new CarerContact.Details("Petra Changed", CarerRelationship.MOTHER,
                true, true, null, null, null, null)));
        routes.put("removeContact", () -> children.removeContact(childId, contactId));
        routes.put("enrol", () -> children.enrol(childId, KINGSTON_SCHOOL + 1, EnrolmentStatus.MAIN_DUAL, LocalDate.of(2026, 9, 1)));
        routes.put("leaveSchool", () -> children.leaveSchool(childId, enrolmentId, LocalDate.of(2026, 11, 1)));
        routes.put("recordSenProvision", () -> children.recordSenProvision(childId, SenProvision.SEN_SUPPORT, LocalDate.of(2026, 9, 1)));
        routes.put("recordSensitiveDetails", () -> children.recordSensitiveDetails(childId, new SensitiveDetails(SocialCareStatus.CHILD_IN_NEED, "x")));
        routes.put("removeRecordedInError", () -> children.removeRecordedInError(childId));
        routes.put("merge as survivor", () -> children.merge(childId, otherId));
        routes.put("merge as duplicate", () -> children.merge(otherId, childId));
        routes.put("reverseMerge", () -> children.reverseMerge(mergeId));
        routes.put("deallocate", () -> children.deallocate(childId, teamId));
        routes.put("allocate", () -> children.allocate(childId, officers.newTeam(KINGSTON, senior)));
        routes.put("recordChildCase", () -> casework.recordChildCase(new NewChildCase(ServiceArea.HEALTH_NEEDS, childId, null, CaseSource.REFERRAL,
                LocalDate.of(2026, 11, 20), "Hospital", true)));
        routes.put("case allocate", () -> casework.allocate(reference, teamId, senior));
        routes.put("close", () -> casework.close(reference, CaseOutcome.FOUND_ON_ROLL, "Found"));
        routes.put("reopen", () -> casework.reopen(closedReference, "Asked again"));
        routes.put("completeTask", () -> casework.completeTask(reference, taskId, "Done"));
        routes.put("addContact to case", () -> casework.addContact(reference, LocalDateTime.of(2026, 11, 21, 9, 0), ContactChannel.TELEPHONE,
                "Parent", "Called"));
        routes.put("addReview", () -> casework.addReview(reference, LocalDate.of(2026, 11, 21), "Reviewed"));
        routes.put("recordMissingEducation", () -> casework.recordMissingEducation(reference, "i", LocalDate.of(2026, 11, 5), null, null, null, null));
        routes.put("addEnquiry", () -> casework.addEnquiry(reference, EnquiryKind.HOME_VISIT, LocalDate.of(2026, 11, 21), "Nobody in"));
        routes.put("addPlanAction", () -> casework.addPlanAction(reference, "Visit", "Officer", LocalDate.of(2026, 12, 20)));
        routes.put("recordHealthProvision", () -> casework.recordHealthProvision(reference, "Tutor", new BigDecimal("10"), LocalDate.of(2026, 11, 22)));
        routes.put("attach", () -> casework.attach(reference, null, "note.txt", "text".getBytes(StandardCharsets.UTF_8)));
        routes.put("school return", () -> notifications.receive(notificationAbout(surname)));

        List<String> notRefused = new ArrayList<>();
        for (Map.Entry<String, Executable> route : routes.entrySet()) {
            try {
                route.getValue().execute();
                notRefused.add(route.getKey() + ": went through");
            } catch (RecordRestrictedException refused) {
                assertTrue(refused.getMessage().startsWith("This record is restricted by the data protection officer"));
            } catch (Throwable other) {
                notRefused.add(route.getKey() + ": " + other);
            }
        }
        assertEquals(List.of(), notRefused);

        Child after = ((ChildRecordAccess.Granted) children.open(childId)).child();
        assertEquals(surname, after.legalName().surname());
        assertEquals(1, after.contacts().size());
        assertEquals(historyBefore, after.changes().size(), "nothing was written to the record's history");
        assertEquals(2, casework.casesOfChild(childId).size(), "no case was added");

        officers.actAs(dpo, KINGSTON);
        long refusals = chains.entriesAbout("child", childId).stream()
                .filter(entry -> entry.outcome() == AuditOutcome.REFUSED && "the record is restricted".equals(entry.details())).count();
        assertTrue(refusals >= 15, "each refused change of the record is in the trail: " + refusals);
        assertTrue(chains.entriesAbout("case", reference).stream().anyMatch(entry -> entry.outcome() == AuditOutcome.REFUSED
                && entry.action() == AuditAction.UPDATE), "and each refused change of a case");
    }

    @Test
    void aRestrictedRecordLeavesListsAndCountsButTheDpoFindsItAndLiftingBringsItBack() {
        officers.actAs(senior, KINGSTON);
        assertTrue(children.search(surname, 0, 10).stream().noneMatch(found -> found.id().equals(childId)), "not in officers' searches");
        assertTrue(casework.myDay().myCases().stream().noneMatch(summary -> summary.reference().toString().equals(reference)), "not on My day");
        assertTrue(casework.myDay().tasks().stream().noneMatch(task -> task.reference().toString().equals(reference)), "its tasks are not listed");
        assertTrue(children.open(childId) instanceof ChildRecordAccess.Granted, "whoever opens it can still read it");
        long countWhileRestricted = children.count();

        officers.actAs(dpo, KINGSTON);
        assertTrue(names.childrenMatching(surname).stream().anyMatch(choice -> choice.id().equals(childId) && choice.restricted()),
                "the DPO's look-up finds it, marked");
        restrictions.lift(childId, "Accuracy confirmed with the parent");
        assertFalse(restrictions.inForce(childId).stream().findAny().isPresent());
        assertEquals(List.of("restriction lifted", "restricted"), chains.entriesAbout("child", childId).stream()
                .filter(entry -> entry.action() == AuditAction.RESTRICT).map(entry -> entry.details()).toList(),
                "placing and lifting are both in the trail, newest first");

        officers.actAs(senior, KINGSTON);
        assertTrue(children.search(surname, 0, 10).stream().anyMatch(found -> found.id().equals(childId)));
        assertEquals(countWhileRestricted + 1, children.count());
        children.correctLegalName(childId, "Rhea", null, surname + "Corrected");
        assertEquals(surname + "Corrected", ((ChildRecordAccess.Granted) children.open(childId)).child().legalName().surname());
    }

    /** A school's deletion return naming the restricted child (legal name and date of birth match one record). */
    private static SchoolNotifications.SchoolNotification notificationAbout(String childSurname) {
        return new SchoolNotifications.SchoolNotification(NotificationKind.DELETION, KINGSTON_SCHOOL, LocalDate.of(2026, 11, 20),
                new SchoolNotifications.ChildAsNotified(null, "Rhea", childSurname, LocalDate.of(2014, 6, 6)), null,
                new SchoolNotifications.DeletionReturn("i", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 10, 12), null,
                        List.of(new RollDeletion.Parent("Petra " + childSurname, "1 Example Road, Kingston KT1 1AA", "07700 900111")), null, null, null),
                null, null, null);
    }
}
