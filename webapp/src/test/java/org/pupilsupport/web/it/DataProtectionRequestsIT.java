package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditChains.AuditQuery;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.privacy.RecordRestrictions;
import org.pupilsupport.core.privacy.requests.ChildCompetence;
import org.pupilsupport.core.privacy.requests.DataProtectionRequest;
import org.pupilsupport.core.privacy.requests.DataProtectionRequests;
import org.pupilsupport.core.privacy.requests.DataProtectionRequests.NewRequest;
import org.pupilsupport.core.privacy.requests.DeskTask;
import org.pupilsupport.core.privacy.requests.RequestChannel;
import org.pupilsupport.core.privacy.requests.RequestClock;
import org.pupilsupport.core.privacy.requests.RequestDecision;
import org.pupilsupport.core.privacy.requests.RequestKind;
import org.pupilsupport.core.privacy.requests.RequestNotFoundException;
import org.pupilsupport.core.privacy.requests.RequesterRole;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.core.validation.InvalidCommandException;

/**
 * The register of data protection requests on a managed Liberty: an officer logs what they received, the DPO works
 * it on its clock to the response, every step in the request's history and the audit trail; bad input changes
 * nothing; the other borough never sees it.
 */
@ExtendWith(ArquillianExtension.class)
class DataProtectionRequestsIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(DataProtectionRequestsIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    @Inject
    DataProtectionRequests requests;

    @Inject
    RecordRestrictions restrictions;

    @Inject
    AuditChains chains;

    @Inject
    org.pupilsupport.core.audit.AuditTrailNames names;

    private String officer;
    private String dpo;
    private String richmondDpo;
    private String childId;
    private String siblingId;
    private LocalDate today;

    @BeforeEach
    void twoChildrenAndTheirDpo() {
        officer = officers.newAccount("dpr.officer", KINGSTON, BoroughRole.OFFICER);
        dpo = officers.newAccount("dpr.dpo", KINGSTON, BoroughRole.DATA_PROTECTION_OFFICER);
        richmondDpo = officers.newAccount("dpr.richmond", RICHMOND, BoroughRole.DATA_PROTECTION_OFFICER);
        String surname = "Request" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        officers.actAs(officer, KINGSTON);
        childId = children.register(new NewChild("Ivy", null, surname, LocalDate.of(2013, 4, 4), null));
        siblingId = children.register(new NewChild("Oscar", null, surname, LocalDate.of(2016, 8, 8), null));
        today = requests.today();
    }

    private NewRequest fromAParent(RequestKind kind, LocalDate receivedOn, List<String> childIds) {
        return new NewRequest(kind, RequesterRole.PARENT_OR_CARER, "Hazel Parent", "12 Any Road, Kingston KT1 1AA",
                ChildCompetence.NOT_COMPETENT, "Ivy is 13 but was too unwell to discuss it; her mother acts for her", null, receivedOn,
                RequestChannel.EMAIL, "Everything you hold about my daughter", null, childIds);
    }

    @Test
    void anOfficerLogsARequestAndTheDpoFindsItOnTheDeskWithItsClock() {
        officers.actAs(officer, KINGSTON);
        LocalDate received = today.minusDays(3);
        String reference = requests.log(fromAParent(RequestKind.ACCESS, received, List.of(childId, siblingId)));
        assertTrue(reference.matches("DPR-\\d{6}"), reference);

        officers.actAs(dpo, KINGSTON);
        DataProtectionRequest request = requests.find(reference);
        assertEquals(List.of(childId, siblingId), request.childIds());
        assertEquals(officer, request.loggedBy());
        assertEquals(ChildCompetence.NOT_COMPETENT, request.competence());
        assertEquals(Optional.of(RequestClock.nextWorkingDay(received.plusMonths(1))), request.clock().dueOn());
        assertTrue(requests.register(false).stream().anyMatch(open -> open.reference().equals(reference)));
        assertEquals(1, request.steps().size());
        assertTrue(request.steps().get(0).what().startsWith("Logged"), request.steps().get(0).what());
        assertTrue(chains.search(new AuditQuery(reference, officer, AuditAction.CREATE, null, null), 0, 5).stream()
                .anyMatch(entry -> entry.outcome() == AuditOutcome.SUCCESS), "the logging is in the audit trail");
    }

    @Test
    void aParentsRequestWithoutTheChildsCompetenceIsRefusedAndNothingIsLogged() {
        officers.actAs(dpo, KINGSTON);
        int before = requests.register(true).size();
        officers.actAs(officer, KINGSTON);
        NewRequest withoutCompetence = new NewRequest(RequestKind.ACCESS, RequesterRole.PARENT_OR_CARER, "Hazel Parent", "hazel@example.org",
                null, "", null, today.plusDays(1), RequestChannel.EMAIL, "Everything", null, List.of());
        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> requests.log(withoutCompetence));
        List<String> fields = refused.problems().stream().map(problem -> problem.field()).toList();
        assertTrue(fields.containsAll(List.of("competence", "competenceNote", "receivedOn", "children")), fields.toString());
        officers.actAs(dpo, KINGSTON);
        assertEquals(before, requests.register(true).size());
    }

    @Test
    void theDpoWorksTheClockFromIdentityToResponseAndAClosedRequestTakesNoMoreSteps() {
        officers.actAs(dpo, KINGSTON);
        LocalDate received = today.minusDays(20);
        String reference = requests.log(fromAParent(RequestKind.ACCESS, received, List.of(childId)));

        requests.askForIdentity(reference, received.plusDays(1), "A copy of a utility bill");
        assertEquals(Optional.empty(), requests.find(reference).clock().dueOn(), "the clock waits for the proof");
        assertTrue(requests.dueSoon().stream().noneMatch(task -> task.reference().equals(reference) && task.duty().startsWith("Decide")));

        LocalDate proofArrived = received.plusDays(4);
        requests.identityReceived(reference, proofArrived, "Council tax bill seen, name and address match");
        assertEquals(Optional.of(RequestClock.nextWorkingDay(proofArrived.plusMonths(1))), requests.find(reference).clock().dueOn());

        requests.askForClarification(reference, received.plusDays(5), "Which years of records?");
        assertThrows(IllegalArgumentException.class, () -> requests.extend(reference, received.plusDays(6), "Complex"),
                "no extension while the clock is stopped");
        requests.clarificationReceived(reference, received.plusDays(7));
        DataProtectionRequest clarified = requests.find(reference);
        assertEquals(3, clarified.clock().daysStopped());
        assertEquals(Optional.of(RequestClock.nextWorkingDay(proofArrived.plusMonths(1).plusDays(3))), clarified.clock().dueOn());

        InvalidCommandException noReason = assertThrows(InvalidCommandException.class, () -> requests.extend(reference, today, " "));
        assertEquals("extensionReason", noReason.problems().get(0).field());
        requests.extend(reference, today, "Records of two children across five cases");
        assertEquals(Optional.of(RequestClock.nextWorkingDay(proofArrived.plusMonths(3).plusDays(3))), requests.find(reference).clock().dueOn());
        assertThrows(IllegalArgumentException.class, () -> requests.extend(reference, today, "Again"), "two further months at most");

        assertThrows(IllegalArgumentException.class, () -> requests.responded(reference, today), "no response before a decision");
        requests.decide(reference, RequestDecision.GRANTED, "The pack is enclosed", today);
        requests.responded(reference, today);
        DataProtectionRequest closed = requests.find(reference);
        assertFalse(closed.isOpen());
        assertTrue(requests.register(false).stream().noneMatch(open -> open.reference().equals(reference)));
        assertThrows(IllegalArgumentException.class, () -> requests.askForClarification(reference, today, "More?"));
        assertEquals(List.of("Logged", "Proof of identity asked", "Proof of identity received", "Clarification asked", "Clarification received",
                "Extended", "Decided", "Response sent"), closed.steps().stream().map(step -> step.what().split(" for| on|:|;| by", 2)[0]).toList());
    }

    @Test
    void anExtensionToldAfterTheFirstMonthIsRefused() {
        officers.actAs(dpo, KINGSTON);
        LocalDate received = today.minusMonths(2);
        String reference = requests.log(fromAParent(RequestKind.ACCESS, received, List.of(childId)));
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> requests.extend(reference, today, "Complex"));
        assertTrue(late.getMessage().contains("within the first month"), late.getMessage());
        DeskTask overdue = requests.dueSoon().stream().filter(task -> task.reference().equals(reference)).findFirst().orElseThrow();
        assertTrue(overdue.overdue(), "a request two months old is overdue on the DPO's day");
    }

    @Test
    void aGrantedRestrictionIsCarriedOutOnEveryChildOfTheRequest() {
        officers.actAs(dpo, KINGSTON);
        String reference = requests.log(fromAParent(RequestKind.RESTRICTION, today, List.of(childId, siblingId)));
        assertThrows(IllegalArgumentException.class, () -> requests.carryOut(reference), "nothing to carry out before a decision");
        requests.decide(reference, RequestDecision.GRANTED, "Accuracy contested while we check the school's return", today);
        assertTrue(requests.find(reference).awaitsCarryingOut());
        assertTrue(requests.dueSoon().stream().anyMatch(task -> task.reference().equals(reference) && task.duty().startsWith("Carry out")));

        requests.carryOut(reference);

        assertFalse(restrictions.inForce(childId).isEmpty());
        assertFalse(restrictions.inForce(siblingId).isEmpty());
        assertTrue(restrictions.inForce(childId).get(0).reason().contains(reference));
        assertFalse(requests.find(reference).awaitsCarryingOut());
    }

    @Test
    void anUpheldObjectionStopsProcessingAndTheRecordSaysSoWhereverTheDpoFindsIt() {
        officers.actAs(dpo, KINGSTON);
        String refused = requests.log(fromAParent(RequestKind.OBJECTION, today, List.of(siblingId)));
        requests.decide(refused, RequestDecision.REFUSED, "Compelling legitimate grounds: a statutory duty to trace a child missing education", today);
        assertFalse(requests.find(refused).awaitsCarryingOut(), "a refused objection leaves processing as it was");

        String upheld = requests.log(fromAParent(RequestKind.OBJECTION, today, List.of(childId)));
        requests.decide(upheld, RequestDecision.GRANTED, "No compelling grounds: the case closed two years ago", today);
        requests.carryOut(upheld);

        assertEquals(upheld, restrictions.inForce(childId).get(0).reason().replaceAll(".* ", ""));
        assertTrue(names.child(childId).orElseThrow().processingStopped());
        assertTrue(names.child(childId).orElseThrow().description().endsWith("(processing stopped on objection)"));
        assertFalse(names.child(siblingId).orElseThrow().restricted());
        assertTrue(requests.find(upheld).steps().stream().anyMatch(step -> step.what().startsWith("Stopped the processing")));
        assertTrue(chains.search(new AuditQuery(childId, dpo, AuditAction.RESTRICT, null, null), 0, 5).stream()
                .anyMatch(entry -> entry.outcome() == AuditOutcome.SUCCESS), "stopping processing is in the audit trail, on the child");
    }

    @Test
    void anotherBoroughsDpoCannotFindOrChangeTheRequest() {
        officers.actAs(dpo, KINGSTON);
        String reference = requests.log(fromAParent(RequestKind.ACCESS, today, List.of(childId)));
        officers.actAs(richmondDpo, RICHMOND);
        assertThrows(RequestNotFoundException.class, () -> requests.find(reference));
        assertThrows(RequestNotFoundException.class, () -> requests.decide(reference, RequestDecision.REFUSED, "Not ours", today));
        assertTrue(requests.register(true).stream().noneMatch(request -> request.reference().equals(reference)));
        officers.actAs(dpo, KINGSTON);
        assertEquals(null, requests.find(reference).decision(), "Richmond's attempt changed nothing");
    }

    @Test
    void aRichmondChildCannotBePutOnAKingstonRequest() {
        officers.actAs(officers.newAccount("dpr.richmond.officer", RICHMOND, BoroughRole.OFFICER), RICHMOND);
        String richmondChild = children.register(new NewChild("Rory", null, "Elsewhere", LocalDate.of(2012, 1, 1), null));
        officers.actAs(officer, KINGSTON);
        InvalidCommandException refused = assertThrows(InvalidCommandException.class,
                () -> requests.log(fromAParent(RequestKind.ACCESS, today, List.of(richmondChild))));
        assertEquals("children", refused.problems().get(0).field());
    }
}
