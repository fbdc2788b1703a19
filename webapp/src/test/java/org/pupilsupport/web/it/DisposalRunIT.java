package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.audit.AuditVerification;
import org.pupilsupport.core.audit.ChainVerification;
import org.pupilsupport.core.cases.CaseOutcome;
import org.pupilsupport.core.cases.CaseSource;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.NewChildCase;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.privacy.DelegatedPermissions;
import org.pupilsupport.core.privacy.DisposalDelegation;
import org.pupilsupport.core.privacy.DisposalDelegations;
import org.pupilsupport.core.privacy.DisposalItem;
import org.pupilsupport.core.privacy.DisposalRun;
import org.pupilsupport.core.privacy.DisposalRunner;
import org.pupilsupport.core.privacy.DisposalRuns;
import org.pupilsupport.core.privacy.DisposalSweep;
import org.pupilsupport.core.privacy.Keeping;
import org.pupilsupport.core.privacy.LegalHold;
import org.pupilsupport.core.privacy.LegalHoldReason;
import org.pupilsupport.core.privacy.LegalHolds;
import org.pupilsupport.core.privacy.RecordKind;
import org.pupilsupport.core.privacy.RetentionAction;
import org.pupilsupport.core.privacy.RetentionRule;
import org.pupilsupport.core.privacy.RetentionSchedule;
import org.pupilsupport.core.privacy.RetentionTerms;
import org.pupilsupport.core.privacy.RetentionTrigger;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.core.validation.InvalidCommandException;

/**
 * Richmond's schedule set by its DPO, a run listing what fell due, decided record by record (and the audit trail's
 * line as a whole, deferred here: carrying it out on the shared server would empty other tests' trail, so
 * {@link DisposalCrashIT} does that on its own), carried out in the background, stopped by a hold placed after approval (with the batch left whole), started again, and certified.
 * Records of other tests that fall due under the test's schedule are deferred, never disposed of, and the schedule
 * is put back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class DisposalRunIT {

    private static final TenantId RICHMOND = TenantId.of("richmond");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(DisposalRunIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    @Inject
    Casework casework;

    @Inject
    RetentionSchedule schedule;

    @Inject
    DisposalRuns runs;

    @Inject
    DisposalRunner runner;

    @Inject
    LegalHolds holds;

    @Inject
    AuditVerification verification;

    @Inject
    OfficerAccounts accounts;

    @Inject
    DisposalDelegations delegations;

    @Inject
    DelegatedPermissions delegatedPermissions;

    private String dpo;
    private String senior;
    private List<RetentionTerms> scheduleBefore;

    @BeforeEach
    void accountsAndSchedule() {
        dpo = officers.newAccount("dispose.dpo", RICHMOND, BoroughRole.DATA_PROTECTION_OFFICER);
        senior = officers.newAccount("dispose.senior", RICHMOND, BoroughRole.SENIOR_OFFICER);
        officers.newTeam(RICHMOND, senior);
        officers.actAs(dpo, RICHMOND);
        scheduleBefore = schedule.lines().stream().map(RetentionRule::terms).toList();
    }

    @AfterEach
    void scheduleBack() {
        officers.actAs(dpo, RICHMOND);
        scheduleBefore.forEach(schedule::save);
    }

    @Test
    void theScheduleIsKeptWithinItsBoundsAndSaysWhenARecordFallsDue() {
        officers.actAs(dpo, RICHMOND);
        assertTrue(schedule.lines().stream().anyMatch(line -> line.kind() == RecordKind.CHILD_RECORD), "seeded from retention.csv");
        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> schedule.save(new RetentionTerms(
                RecordKind.CHILD_RECORD, null, 101, 12, RetentionTrigger.CASE_CLOSED, RetentionAction.ANONYMISE, " ")));
        assertEquals(List.of("years", "months", "runsFrom", "action", "source"), refused.problems().stream().map(p -> p.field()).toList());

        schedule.save(new RetentionTerms(RecordKind.CHILD_RECORD, null, 2, 6, RetentionTrigger.EIGHTEENTH_BIRTHDAY, RetentionAction.REVIEW,
                "Council decision 2026/12"));
        officers.actAs(senior, RICHMOND);
        // Born 3 March 2012: 18 on 3 March 2030, plus 2 years and 6 months is 3 September 2032.
        String id = children.register(new NewChild("Keira", null, "Keepinguntil", LocalDate.of(2012, 3, 3), null));
        Keeping keeping = schedule.keepingOf(((ChildRecordAccess.Granted) children.open(id)).child());
        Keeping.Until until = assertInstanceOf(Keeping.Until.class, keeping);
        assertEquals(LocalDate.of(2032, 9, 3), until.date());
        assertEquals("child record: 2 years 6 months from the child's 18th birthday, then review", until.why());
    }

    @Test
    void aRunListsWhatFellDueDisposesOfWhatWasApprovedAndLeavesHeldAndOpenRecords() throws Exception {
        officers.actAs(dpo, RICHMOND);
        schedule.save(new RetentionTerms(RecordKind.CHILD_RECORD, null, 0, 0, RetentionTrigger.EIGHTEENTH_BIRTHDAY, RetentionAction.DISPOSE,
                "Test schedule"));
        schedule.save(new RetentionTerms(RecordKind.CASE, ServiceArea.IN_YEAR_TRANSFER, 0, 0, RetentionTrigger.CASE_CLOSED, RetentionAction.DISPOSE,
                "Test schedule"));

        officers.actAs(senior, RICHMOND);
        String grownUp = children.register(new NewChild("Adult", null, "Disposalgrown", LocalDate.of(2006, 1, 10), null));
        String closedCase = children.register(new NewChild("Closed", null, "Disposalclosed", LocalDate.of(2006, 2, 11), null));
        String reference = casework.recordChildCase(new NewChildCase(ServiceArea.IN_YEAR_TRANSFER, closedCase, null, CaseSource.PARENT,
                LocalDate.of(2026, 11, 2), "Asked for a school place", true)).toString();
        casework.close(reference, CaseOutcome.REQUEST_WITHDRAWN, "Family stayed put");
        String openCase = children.register(new NewChild("Open", null, "Disposalopen", LocalDate.of(2006, 3, 12), null));
        casework.recordChildCase(new NewChildCase(ServiceArea.IN_YEAR_TRANSFER, openCase, null, CaseSource.PARENT,
                LocalDate.of(2026, 11, 2), "Asked for a school place", true));
        String held = children.register(new NewChild("Held", null, "Disposalheld", LocalDate.of(2006, 4, 13), null));
        String young = children.register(new NewChild("Young", null, "Disposalyoung", LocalDate.of(2015, 5, 14), null));
        officers.actAs(dpo, RICHMOND);
        holds.place(held, LegalHoldReason.LITIGATION, "Claim 2026/3");

        DisposalRun run = runs.list();
        assertThrows(IllegalStateException.class, () -> runs.list(), "one run at a time");
        Map<String, DisposalItem> mine = new java.util.HashMap<>();
        for (DisposalItem item : runs.items(run.id())) {
            if (List.of(grownUp, closedCase, held).contains(item.childId())) {
                mine.put(item.childId(), item);
            } else if (item.decision() == DisposalItem.Decision.PENDING) {
                runs.decide(item.id(), DisposalItem.Decision.DEFERRED, null, "Not part of this test");
            }
        }
        deferEveryLine(run);
        assertEquals(3, mine.size(), "due: the grown-up, the closed case and the held record; not the open case or the young child");
        assertTrue(runs.items(run.id()).stream().noneMatch(item -> item.childId().equals(openCase) || item.childId().equals(young)));
        assertEquals(DisposalItem.Decision.HELD, mine.get(held).decision(), "a held record comes onto the list already held");
        assertThrows(IllegalArgumentException.class, () -> runs.approve(run.id()), "every record must be decided first");
        InvalidCommandException noReason = assertThrows(InvalidCommandException.class,
                () -> runs.decide(mine.get(grownUp).id(), DisposalItem.Decision.DEFERRED, null, " "));
        assertEquals("Say why the record is kept for longer", noReason.problems().get(0).message());
        assertEquals(2, runs.approveUndecided(run.id()));

        runs.approve(run.id());
        DisposalRuns.Certificate certificate = awaitEnd(run.id());
        assertEquals(DisposalRun.Status.FINISHED, certificate.status());
        assertEquals(2, certificate.childRecords());
        assertEquals(1, certificate.cases());
        assertEquals(dpo, certificate.approvedBy());
        assertEquals(1, certificate.held());

        officers.actAs(senior, RICHMOND);
        assertInstanceOf(ChildRecordAccess.NotFound.class, children.open(grownUp));
        assertInstanceOf(ChildRecordAccess.NotFound.class, children.open(closedCase));
        assertInstanceOf(ChildRecordAccess.Granted.class, children.open(held), "the held record survives the run");
        assertInstanceOf(ChildRecordAccess.Granted.class, children.open(openCase));
        assertInstanceOf(ChildRecordAccess.Granted.class, children.open(young));
        officers.actAsSystemIn(RICHMOND);
        ChainVerification.Result chain = verification.verifyEveryChain().get(RICHMOND);
        assertTrue(chain.intact(), String.valueOf(chain.problem()));
    }

    @Test
    void aBatchThatFailsIsUndoneWholeAndTheRunCarriesOnWhenStartedAgain() throws Exception {
        officers.actAs(dpo, RICHMOND);
        schedule.save(new RetentionTerms(RecordKind.CHILD_RECORD, null, 0, 0, RetentionTrigger.EIGHTEENTH_BIRTHDAY, RetentionAction.DISPOSE,
                "Test schedule"));
        officers.actAs(senior, RICHMOND);
        String first = children.register(new NewChild("First", null, "Disposalbatch", LocalDate.of(2005, 6, 1), null));
        String second = children.register(new NewChild("Second", null, "Disposalbatch", LocalDate.of(2005, 7, 2), null));
        String duplicate = children.register(new NewChild("Second", null, "Disposalbatch", LocalDate.of(2005, 7, 2), null));
        children.merge(second, duplicate);

        officers.actAs(dpo, RICHMOND);
        DisposalRun run = runs.list();
        for (DisposalItem item : runs.items(run.id())) {
            boolean mine = item.childId().equals(first) || item.childId().equals(second);
            if (item.decision() == DisposalItem.Decision.PENDING) {
                runs.decide(item.id(), mine ? DisposalItem.Decision.APPROVED : DisposalItem.Decision.DEFERRED, null,
                        mine ? null : "Not part of this test");
            }
        }
        deferEveryLine(run);
        // A hold on the merged duplicate, placed after the review: erasing the family must stop, taking the batch back whole.
        LegalHold late = holds.place(duplicate, LegalHoldReason.COMPLAINT, "Complaint received after the review");
        runs.approve(run.id());
        DisposalRuns.Certificate stopped = awaitEnd(run.id());
        assertEquals(DisposalRun.Status.STOPPED, stopped.status());
        assertEquals(0, stopped.childRecords(), "nothing of the failed batch was kept");
        officers.actAs(senior, RICHMOND);
        assertInstanceOf(ChildRecordAccess.Granted.class, children.open(first), "the batch was undone whole");
        assertInstanceOf(ChildRecordAccess.Granted.class, children.open(second));

        officers.actAs(dpo, RICHMOND);
        holds.release(late.id(), "Complaint withdrawn");
        runs.resume(run.id());
        DisposalRuns.Certificate finished = awaitEnd(run.id());
        assertEquals(DisposalRun.Status.FINISHED, finished.status());
        assertEquals(2, finished.childRecords());
        assertEquals(2, finished.erasures().stream().distinct().count(), "each record erased once");

        // Taking up interrupted runs again (as at start-up) does nothing twice: this run is finished.
        runner.resumeInterrupted();
        officers.actAs(dpo, RICHMOND);
        assertEquals(finished.erasures(), runs.certificate(run.id()).erasures());
    }

    @Test
    void aLineSweptByDateIsDecidedAsAWholeAndTheRunWaitsForIt() {
        officers.actAs(dpo, RICHMOND);
        // Nought: every detail recorded before the run falls due, so the line is certain to be listed.
        schedule.save(new RetentionTerms(RecordKind.AUDIT_DETAIL, null, 0, 0, RetentionTrigger.DATE_RECEIVED, RetentionAction.ANONYMISE,
                "Test schedule"));
        DisposalRun run = runs.list();
        DisposalSweep line = runs.sweeps(run.id()).stream().filter(sweep -> sweep.kind() == RecordKind.AUDIT_DETAIL).findFirst()
                .orElseThrow(() -> new AssertionError("the audit details line is listed"));
        assertEquals(LocalDate.now(ZoneId.of("Europe/London")), line.datedUpTo(), "a period of nought takes everything up to today");
        assertTrue(line.found() > 0, "the trail has details recorded before the run");
        assertTrue(!line.recordedBefore().isAfter(run.listedAt()), "nothing recorded after the listing is taken");
        assertEquals(DisposalItem.Decision.PENDING, line.decision());
        for (DisposalItem item : runs.items(run.id())) {
            if (item.decision() == DisposalItem.Decision.PENDING) {
                runs.decide(item.id(), DisposalItem.Decision.DEFERRED, null, "Not part of this test");
            }
        }
        IllegalArgumentException waiting = assertThrows(IllegalArgumentException.class, () -> runs.approve(run.id()));
        assertTrue(waiting.getMessage().startsWith("Decide every record and line first"), waiting.getMessage());

        InvalidCommandException noReason = assertThrows(InvalidCommandException.class,
                () -> runs.decideSweep(line.id(), DisposalItem.Decision.DEFERRED, " "));
        assertEquals("sweepNote", noReason.problems().get(0).field());
        assertEquals("Say why these records are kept for longer", noReason.problems().get(0).message());
        InvalidCommandException noHold = assertThrows(InvalidCommandException.class,
                () -> runs.decideSweep(line.id(), DisposalItem.Decision.HELD, "Holds are for records"));
        assertEquals("Choose approve or defer", noHold.problems().get(0).message());
        assertEquals(DisposalItem.Decision.PENDING, runs.sweeps(run.id()).get(0).decision(), "a refused decision changes nothing");

        runs.decideSweep(line.id(), DisposalItem.Decision.DEFERRED, "Trail needed for an internal audit");
        deferEveryLine(run);
        runs.approve(run.id());
        DisposalRuns.Certificate certificate;
        try {
            certificate = awaitEnd(run.id());
        } catch (InterruptedException interrupted) {
            throw new AssertionError(interrupted);
        }
        assertEquals(DisposalRun.Status.FINISHED, certificate.status());
        DisposalRuns.SweepLine stated = certificate.sweeps().stream().filter(sweep -> sweep.what().equals(RecordKind.AUDIT_DETAIL.label()))
                .findFirst().orElseThrow();
        assertEquals(DisposalItem.Decision.DEFERRED, stated.decision());
        assertEquals(0, stated.done(), "a deferred line does nothing");
        assertEquals(null, stated.erasureId());
        assertThrows(IllegalArgumentException.class, () -> runs.decideSweep(line.id(), DisposalItem.Decision.APPROVED, null),
                "a finished run's lines cannot be decided again");
    }

    @Test
    void aSeniorOfficerTheDpoDelegatesToRunsDisposalsInTheirOwnNameUntilRevoked() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String officer = officers.newAccount("dispose.officer", RICHMOND, BoroughRole.OFFICER);
        officers.actAs(dpo, RICHMOND);
        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> delegations.grant(officer, today.minusDays(1), "Leave"));
        assertEquals(List.of("delegate", "lastDay", "delegationReason"), refused.problems().stream().map(p -> p.field()).toList());
        assertEquals("Choose a senior officer of this borough", refused.problems().get(0).message());
        assertThrows(InvalidCommandException.class, () -> delegations.grant(senior, today.plusYears(1).plusDays(1), "DPO on leave in January"),
                "at most a year");
        assertTrue(delegations.all().stream().noneMatch(delegation -> delegation.delegate().equals(senior)), "a refused delegation records nothing");
        DisposalDelegation delegation = delegations.grant(senior, today.plusMonths(1), "DPO on leave in January");
        schedule.save(new RetentionTerms(RecordKind.CHILD_RECORD, null, 0, 0, RetentionTrigger.EIGHTEENTH_BIRTHDAY, RetentionAction.DISPOSE,
                "Test schedule"));

        officers.actAs(senior, RICHMOND);
        String grownUp = children.register(new NewChild("Delegated", null, "Disposalgrown", LocalDate.of(2005, 8, 20), null));
        assertThrows(AccessDeniedException.class, () -> runs.runs(), "no delegation applied, no disposal runs");
        // as ActingBoroughFilter does on each of the senior officer's requests
        delegatedPermissions.applyTo(senior, java.util.Set.of(BoroughRole.SENIOR_OFFICER));
        assertThrows(AccessDeniedException.class, () -> delegations.all(), "a delegate cannot delegate further");
        assertThrows(AccessDeniedException.class, () -> schedule.lines(), "nor keep the schedule");
        DisposalRun run = runs.list();
        for (DisposalItem item : runs.items(run.id())) {
            if (item.decision() == DisposalItem.Decision.PENDING) {
                boolean mine = item.childId().equals(grownUp);
                runs.decide(item.id(), mine ? DisposalItem.Decision.APPROVED : DisposalItem.Decision.DEFERRED, null, mine ? null : "Not part of this test");
            }
        }
        deferEveryLine(run);
        runs.approve(run.id());
        DisposalRuns.Certificate certificate = awaitEnd(run.id());
        assertEquals(DisposalRun.Status.FINISHED, certificate.status(), "the runner erased in the delegate's name: " + certificate.skipped());
        assertEquals(senior, certificate.approvedBy());
        assertEquals(1, certificate.childRecords());

        officers.actAs(dpo, RICHMOND);
        delegations.revoke(delegation.id(), "Back from leave");
        officers.actAs(senior, RICHMOND);
        delegatedPermissions.applyTo(senior, java.util.Set.of(BoroughRole.SENIOR_OFFICER));
        assertThrows(AccessDeniedException.class, () -> runs.runs(), "revoked: the next request has no disposal runs");
        officers.actAs(dpo, RICHMOND);
        assertThrows(IllegalArgumentException.class, () -> delegations.revoke(delegation.id(), "Again"), "a revoked delegation is not in force");
    }

    /** Other tests' trail and break-glass records are not this test's to dispose of. */
    private void deferEveryLine(DisposalRun run) {
        for (DisposalSweep line : runs.sweeps(run.id())) {
            if (line.decision() == DisposalItem.Decision.PENDING) {
                runs.decideSweep(line.id(), DisposalItem.Decision.DEFERRED, "Not part of this test");
            }
        }
    }

    private DisposalRuns.Certificate awaitEnd(String runId) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(giveUp)) {
            officers.actAs(dpo, RICHMOND);
            DisposalRuns.Certificate certificate = runs.certificate(runId);
            if (certificate.status() != DisposalRun.Status.RUNNING) {
                return certificate;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the run did not end within 90 seconds");
    }
}
