package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.children.BreakGlassReport;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.children.ReasonRequiredException;
import org.pupilsupport.core.children.SensitiveDetails;
import org.pupilsupport.core.children.SocialCareStatus;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Need to know on the real server and database: a team's members open their children's records, anyone
 * else in the borough finds the child but must give a reason, which is recorded and reported; sensitive
 * fields open only to roles that allow them, each reveal audited; roles without a permission are refused
 * and the refusal is audited.
 */
@ExtendWith(ArquillianExtension.class)
class NeedToKnowIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(NeedToKnowIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    @Inject
    BreakGlassReport breakGlassReport;

    @Inject
    AuditChains chains;

    @Inject
    org.pupilsupport.core.cases.Casework casework;

    private String teamOfficer;
    private String otherOfficer;
    private String child;

    @BeforeEach
    void aChildKnownToOneTeam() {
        teamOfficer = officers.newAccount("team.officer", KINGSTON, BoroughRole.OFFICER);
        otherOfficer = officers.newAccount("other.officer", KINGSTON, BoroughRole.OFFICER);
        officers.newTeam(KINGSTON, teamOfficer);
        officers.actAs(teamOfficer, KINGSTON);
        child = children.register(new NewChild("Needto", null, "Knowtest", LocalDate.of(2014, 2, 2), null));
    }

    @Test
    void theRecordingOfficersTeamKnowsTheChildAndOpensItWithoutAReason() {
        officers.actAs(teamOfficer, KINGSTON);
        ChildRecordAccess.Granted granted = assertInstanceOf(ChildRecordAccess.Granted.class, children.open(child));
        assertFalse(granted.underBreakGlass());
        assertTrue(children.search("Knowtest", 0, 50).stream().filter(found -> found.id().equals(child)).allMatch(ChildSummary::knownToMe));
        assertEquals(1, children.allocationsOf(child).size(), "registering allocated the child to the officer's team");
    }

    @Test
    void anOfficerOutsideTheTeamFindsTheChildButMustGiveAReason() {
        officers.actAs(otherOfficer, KINGSTON);
        ChildSummary found = children.search("Knowtest", 0, 50).stream().filter(summary -> summary.id().equals(child)).findFirst().orElseThrow();
        assertFalse(found.knownToMe(), "search shows identifying fields and says a reason is needed");

        ChildRecordAccess.ReasonRequired required = assertInstanceOf(ChildRecordAccess.ReasonRequired.class, children.open(child));
        assertEquals("Knowtest", required.child().surname());
        AuditEntry refusedView = latestAbout(child);
        assertEquals(AuditAction.VIEW, refusedView.action());
        assertEquals(AuditOutcome.REFUSED, refusedView.outcome());
        assertEquals(otherOfficer, refusedView.username());

        officers.actAs(otherOfficer, KINGSTON);
        assertThrows(ReasonRequiredException.class, () -> children.correctLegalName(child, "Changed", null, "Knowtest"));
        assertThrows(ReasonRequiredException.class, () -> children.revealSensitiveDetails(child));
        officers.actAs(otherOfficer, KINGSTON);
        assertThrows(ReasonRequiredException.class, () -> children.mergesOf(child), "a merge's copied UPNs and surnames are record content");
        officers.actAs(otherOfficer, KINGSTON);
        assertThrows(ReasonRequiredException.class, () -> children.formerContactsOf(child));
        officers.actAs(teamOfficer, KINGSTON);
        assertEquals("Needto Knowtest", assertInstanceOf(ChildRecordAccess.Granted.class, children.open(child)).child().legalName().full(),
                "the refused change changed nothing");
    }

    @Test
    void aTooShortReasonOpensNothingAndRecordsNothing() {
        officers.actAs(otherOfficer, KINGSTON);
        long entriesBefore = entriesAbout(child).size();
        officers.actAs(otherOfficer, KINGSTON);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> children.openGivingReason(child, "because"));
        assertTrue(refused.getMessage().startsWith("Say why you need this child's record"), refused.getMessage());
        assertEquals(entriesBefore, entriesAbout(child).size());
    }

    @Test
    void breakGlassIsRecordedWithItsReasonReportedAndCoversLaterWork() {
        String reason = "Parent phoned the duty line about a school move; checking who holds the case";
        officers.actAs(otherOfficer, KINGSTON);
        assertEquals("Knowtest", children.openGivingReason(child, reason).legalName().surname());

        AuditEntry breakGlass = latestAbout(child);
        assertEquals(AuditAction.BREAK_GLASS, breakGlass.action());
        assertEquals(reason, breakGlass.reason());
        assertEquals(otherOfficer, breakGlass.username());

        officers.actAs(otherOfficer, KINGSTON);
        assertTrue(assertInstanceOf(ChildRecordAccess.Granted.class, children.open(child)).underBreakGlass());
        children.correctLegalName(child, "Needto", null, "Knowtest-Corrected");

        String senior = officers.newAccount("senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        officers.actAs(senior, KINGSTON);
        List<BreakGlassReport.Line> lines = breakGlassReport.lastThirtyDays();
        BreakGlassReport.Line line = lines.stream().filter(candidate -> candidate.childId().equals(child)).findFirst().orElseThrow();
        assertEquals(otherOfficer, line.username());
        assertEquals(reason, line.reason());
        assertEquals("Needto Knowtest-Corrected", line.childName());
    }

    @Test
    void sensitiveFieldsRevealOnlyToRolesThatAllowThemAndEachRevealIsAudited() {
        officers.actAs(teamOfficer, KINGSTON);
        children.recordSensitiveDetails(child, new SensitiveDetails(SocialCareStatus.CHILD_IN_NEED, "Invented concern for a test"));
        AuditEntry update = latestAbout(child);
        assertEquals(AuditAction.UPDATE, update.action());
        assertFalse(update.details().contains("Invented concern"), "safeguarding text is kept out of the trail: " + update.details());
        assertTrue(update.details().contains("null -> CHILD_IN_NEED"), update.details());

        officers.actAs(teamOfficer, KINGSTON);
        SensitiveDetails revealed = children.revealSensitiveDetails(child);
        assertEquals(SocialCareStatus.CHILD_IN_NEED, revealed.socialCareStatus());
        assertEquals(AuditAction.REVEAL_SENSITIVE, latestAbout(child).action());

        String auditor = officers.newAccount("auditor", KINGSTON, BoroughRole.AUDITOR);
        officers.actAs(auditor, KINGSTON);
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> children.revealSensitiveDetails(child));
        assertEquals(Permission.REVEAL_SENSITIVE_FIELDS, denied.missing());
    }

    @Test
    void aRoleWithoutThePermissionIsRefusedAndTheRefusalAudited() {
        String administrator = officers.newAccount("admin", KINGSTON, BoroughRole.ADMINISTRATOR);
        officers.actAs(administrator, KINGSTON);
        assertThrows(AccessDeniedException.class, () -> children.open(child));
        assertThrows(AccessDeniedException.class, () -> children.search("Knowtest", 0, 10));
        assertThrows(AccessDeniedException.class, () -> breakGlassReport.lastThirtyDays());

        officers.actAsSystemIn(KINGSTON);
        List<AuditEntry> refusals = chains.latest(3);
        assertTrue(refusals.stream().allMatch(entry -> entry.action() == AuditAction.ACCESS_DENIED && entry.outcome() == AuditOutcome.REFUSED
                && entry.username().equals(administrator)), "three refusals by the administrator");
        assertEquals(List.of("READ_BREAK_GLASS_REPORT", "FIND_CHILDREN", "OPEN_CHILD_RECORDS"), refusals.stream().map(AuditEntry::subjectId).toList());
        assertNull(refusals.get(0).reason());
    }

    @Test
    void anOfficerOfTheOtherBoroughCannotAllocateOrOpenThisBoroughsChild() {
        String richmondSenior = officers.newAccount("richmond.senior", TenantId.of("richmond"), BoroughRole.SENIOR_OFFICER);
        String richmondTeam = officers.newTeam(TenantId.of("richmond"), richmondSenior);
        officers.actAs(richmondSenior, TenantId.of("richmond"));
        assertInstanceOf(ChildRecordAccess.NotFound.class, children.open(child));
        assertThrows(org.pupilsupport.core.children.ChildNotFoundException.class, () -> children.allocate(child, richmondTeam));
        assertThrows(org.pupilsupport.core.children.ChildNotFoundException.class, () -> children.openGivingReason(child, "A long enough reason to try"));
        officers.actAsSystemIn(TenantId.of("richmond"));
        assertEquals(List.of(AuditAction.BREAK_GLASS, AuditAction.CREATE, AuditAction.VIEW),
                chains.entriesAbout("child", child).stream().map(AuditEntry::action).toList(), "each attempt is in Richmond's chain as not found");
        assertTrue(chains.entriesAbout("child", child).stream().allMatch(entry -> entry.outcome() == AuditOutcome.NOT_FOUND));
    }

    @Test
    void aSeniorOfficerAllocatingAChildTheyDoNotKnowToTheirOwnTeamMustGiveAReasonThatIsReported() {
        String senior = officers.newAccount("senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        String seniorsTeam = officers.newTeam(KINGSTON, senior);
        String otherTeam = officers.newTeam(KINGSTON, otherOfficer);

        officers.actAs(senior, KINGSTON);
        ReasonRequiredException refused = assertThrows(ReasonRequiredException.class, () -> children.allocate(child, seniorsTeam));
        assertTrue(refused.getMessage().contains("say why"), refused.getMessage());
        officers.actAs(senior, KINGSTON);
        assertThrows(IllegalArgumentException.class, () -> children.allocate(child, seniorsTeam, "because"), "too short a reason");
        officers.actAs(senior, KINGSTON);
        assertInstanceOf(ChildRecordAccess.ReasonRequired.class, children.open(child), "the refused allocations opened nothing");
        officers.actAs(senior, KINGSTON);
        assertEquals(1, children.allocationsOf(child).size(), "and allocated nothing");

        officers.actAs(senior, KINGSTON);
        children.allocate(child, otherTeam);
        officers.actAs(senior, KINGSTON);
        assertInstanceOf(ChildRecordAccess.ReasonRequired.class, children.open(child), "allocating to a team not one's own needs no reason and opens nothing");

        String reason = "Taking the child on after the weekly allocation meeting asked our team to";
        officers.actAs(senior, KINGSTON);
        children.allocate(child, seniorsTeam, reason);
        AuditEntry breakGlass = entriesAbout(child).stream().filter(entry -> entry.action() == AuditAction.BREAK_GLASS).findFirst().orElseThrow();
        assertEquals(reason, breakGlass.reason());
        assertEquals(senior, breakGlass.username());
        officers.actAs(senior, KINGSTON);
        assertInstanceOf(ChildRecordAccess.Granted.class, children.open(child));

        officers.actAs(senior, KINGSTON);
        BreakGlassReport.Line line = breakGlassReport.lastThirtyDays().stream().filter(candidate -> candidate.childId().equals(child))
                .findFirst().orElseThrow();
        assertEquals(senior, line.username());
        assertEquals(reason, line.reason());
        assertEquals(org.pupilsupport.core.children.BreakGlassPurpose.ALLOCATED_CHILD_TO_OWN_TEAM, line.purpose());
    }

    @Test
    void anAllocatorSeesOnlyWhatAllocatingNeedsAndMustGiveAReasonToTakeTheCase() {
        officers.actAs(teamOfficer, KINGSTON);
        String reference = casework.recordChildCase(new org.pupilsupport.core.cases.Casework.NewChildCase(
                org.pupilsupport.core.cases.ServiceArea.SUSPENSION_OR_EXCLUSION, child, null, org.pupilsupport.core.cases.CaseSource.SCHOOL_NOTIFICATION,
                LocalDate.of(2026, 11, 2), "Invented notification text for a test", false)).toString();
        String senior = officers.newAccount("senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        String seniorsTeam = officers.newTeam(KINGSTON, senior);

        officers.actAs(senior, KINGSTON);
        assertThrows(ReasonRequiredException.class, () -> casework.open(reference), "awaiting allocation is no way around need to know");
        officers.actAs(senior, KINGSTON);
        org.pupilsupport.core.cases.Casework.CaseForAllocation awaiting = casework.forAllocation(reference);
        assertEquals("Needto Knowtest", awaiting.childName());
        assertFalse(awaiting.childKnown());

        officers.actAs(senior, KINGSTON);
        assertThrows(ReasonRequiredException.class, () -> casework.allocate(reference, seniorsTeam, senior));
        officers.actAs(senior, KINGSTON);
        assertThrows(ReasonRequiredException.class, () -> casework.open(reference), "the refused allocation changed nothing");

        String reason = "Duty senior taking this exclusion while the team is short this week";
        officers.actAs(senior, KINGSTON);
        casework.allocate(reference, seniorsTeam, senior, reason);
        officers.actAs(senior, KINGSTON);
        assertEquals(senior, casework.open(reference).allocatedOfficer());
        officers.actAs(senior, KINGSTON);
        BreakGlassReport.Line line = breakGlassReport.lastThirtyDays().stream().filter(candidate -> candidate.childId().equals(child))
                .findFirst().orElseThrow();
        assertEquals(reason, line.reason());
        assertEquals(org.pupilsupport.core.children.BreakGlassPurpose.ALLOCATED_CASE_TO_SELF_OR_OWN_TEAM, line.purpose());
    }

    @Test
    void recordingAReferralForAChildOneDoesNotKnowOpensNothing() {
        String senior = officers.newAccount("senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        officers.newTeam(KINGSTON, senior);
        officers.actAs(senior, KINGSTON);
        String reference = casework.recordChildCase(new org.pupilsupport.core.cases.Casework.NewChildCase(
                org.pupilsupport.core.cases.ServiceArea.SUSPENSION_OR_EXCLUSION, child, null, org.pupilsupport.core.cases.CaseSource.SCHOOL_NOTIFICATION,
                LocalDate.of(2026, 11, 2), "Invented referral", false)).toString();
        officers.actAs(senior, KINGSTON);
        assertThrows(ReasonRequiredException.class, () -> casework.open(reference));
        officers.actAs(senior, KINGSTON);
        assertThrows(ReasonRequiredException.class, () -> casework.timelineOf(child));
        officers.actAs(senior, KINGSTON);
        assertInstanceOf(ChildRecordAccess.ReasonRequired.class, children.open(child));
    }

    private List<AuditEntry> entriesAbout(String childId) {
        officers.actAsSystemIn(KINGSTON);
        return chains.entriesAbout("child", childId);
    }

    private AuditEntry latestAbout(String childId) {
        return entriesAbout(childId).get(0);
    }
}
