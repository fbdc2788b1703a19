package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import javax.naming.InitialContext;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.audit.AuditVerification;
import org.pupilsupport.core.audit.ChainVerification;
import org.pupilsupport.core.cases.CaseOutcome;
import org.pupilsupport.core.cases.CaseSource;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.NewChildCase;
import org.pupilsupport.core.cases.ContactChannel;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.privacy.DisposalItem;
import org.pupilsupport.core.privacy.DisposalRun;
import org.pupilsupport.core.privacy.DisposalRuns;
import org.pupilsupport.core.privacy.RecordKind;
import org.pupilsupport.core.privacy.RetentionAction;
import org.pupilsupport.core.privacy.RetentionRule;
import org.pupilsupport.core.privacy.RetentionSchedule;
import org.pupilsupport.core.privacy.RetentionTerms;
import org.pupilsupport.core.privacy.RetentionTrigger;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * How long a disposal run takes to erase a county's worth of records: registers {@code benchmark.children} children
 * (10,000 by default) in Kingston through the application's own services, each with a closed case and a contact (so
 * each has audit entries with details to empty), makes them fall due, lists and approves a run as the DPO, and times
 * the listing, the run carried out by the background runner in its batches, and the verification of the audit chain
 * afterwards. It prints figures and fails only if the run does not finish or the chain does not verify: a timing that
 * depends on the machine is no pass or fail.
 *
 * <p>On demand only, never in {@code mvn verify}: {@code mvn -Pdisposal-benchmark verify [-Dbenchmark.children=N]}
 * (see docs/benchmarks.md). It runs inside the test server, where its lines appear in the Maven output.
 */
@ExtendWith(ArquillianExtension.class)
class DisposalBenchmark {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final int CHILDREN_PER_TRANSACTION = 50;

    @Deployment
    static WebArchive deployment() {
        String children = System.getProperty("benchmark.children", "10000");
        return Deployments.shippedWarWith(DisposalBenchmark.class, TestOfficers.class)
                .addAsResource(new StringAsset("children=" + children + "\n"), "disposal-benchmark.properties");
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
    AuditVerification verification;

    @Test
    void disposeOfACountysWorthOfRecords() throws Exception {
        int count = configuredChildren();
        String dpo = officers.newAccount("bench.dpo", KINGSTON, BoroughRole.DATA_PROTECTION_OFFICER);
        String senior = officers.newAccount("bench.senior", KINGSTON, BoroughRole.SENIOR_OFFICER);
        officers.newTeam(KINGSTON, senior);
        officers.actAs(dpo, KINGSTON);
        List<RetentionTerms> scheduleBefore = schedule.lines().stream().map(RetentionRule::terms).toList();
        schedule.save(new RetentionTerms(RecordKind.CHILD_RECORD, null, 0, 0, RetentionTrigger.EIGHTEENTH_BIRTHDAY, RetentionAction.DISPOSE,
                "Disposal benchmark"));
        schedule.save(new RetentionTerms(RecordKind.CASE, ServiceArea.IN_YEAR_TRANSFER, 0, 0, RetentionTrigger.CASE_CLOSED, RetentionAction.DISPOSE,
                "Disposal benchmark"));

        officers.actAs(senior, KINGSTON);
        long started = System.nanoTime();
        UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        Set<String> generated = new HashSet<>();
        for (int first = 0; first < count; first += CHILDREN_PER_TRANSACTION) {
            transaction.begin();
            for (int number = first; number < Math.min(count, first + CHILDREN_PER_TRANSACTION); number++) {
                generated.add(grownUpWithAClosedCase(number));
            }
            transaction.commit();
        }
        Duration generating = Duration.ofNanos(System.nanoTime() - started);

        officers.actAs(dpo, KINGSTON);
        started = System.nanoTime();
        DisposalRun run = runs.list();
        Duration listing = Duration.ofNanos(System.nanoTime() - started);
        int others = 0;
        for (DisposalItem item : runs.items(run.id())) {
            if (!generated.contains(item.childId()) && item.decision() == DisposalItem.Decision.PENDING) {
                runs.decide(item.id(), DisposalItem.Decision.DEFERRED, null, "Not the benchmark's");
                others++;
            }
        }
        // Lines swept by date would empty the whole server's old trail: not what this benchmark measures.
        for (org.pupilsupport.core.privacy.DisposalSweep line : runs.sweeps(run.id())) {
            runs.decideSweep(line.id(), DisposalItem.Decision.DEFERRED, "Not the benchmark's");
        }
        runs.approveUndecided(run.id());
        started = System.nanoTime();
        runs.approve(run.id());
        DisposalRuns.Certificate certificate = awaitEnd(dpo, run.id());
        Duration disposing = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(DisposalRun.Status.FINISHED, certificate.status(), "the run finished");
        assertEquals(count, certificate.childRecords(), "every generated record was disposed of");

        officers.actAsSystemIn(KINGSTON);
        started = System.nanoTime();
        ChainVerification.Result chain = verification.verifyEveryChain().get(KINGSTON);
        Duration verifying = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(chain.intact(), String.valueOf(chain.problem()));

        officers.actAs(dpo, KINGSTON);
        scheduleBefore.forEach(schedule::save);

        List<String> report = new ArrayList<>();
        report.add("Disposal benchmark (Kingston, " + count + " children, each with a closed case and a contact; " + others
                + " other due records deferred)");
        report.add(String.format(Locale.UK, "  generating through the services: %,d ms (%.1f children/s)", generating.toMillis(),
                count / seconds(generating)));
        report.add(String.format(Locale.UK, "  listing the run:                 %,d ms", listing.toMillis()));
        report.add(String.format(Locale.UK, "  carrying out the run:            %,d ms (%.1f children/s; %d cases, %d erasures)", disposing.toMillis(),
                count / seconds(disposing), certificate.cases(), certificate.erasures().size()));
        report.add(String.format(Locale.UK, "  verifying Kingston's chain:      %,d ms", verifying.toMillis()));
        report.forEach(System.out::println);
    }

    private String grownUpWithAClosedCase(int number) {
        // born 2002 to 2007: 18 or over (so due under the benchmark's schedule) and under 25 (as the register requires)
        LocalDate born = LocalDate.of(2002 + number % 6, 1 + number % 12, 1 + number % 28);
        String child = children.register(new NewChild("Bench" + letters(number), null, "Disposal" + letters(number / 26), born, null));
        String reference = casework.recordChildCase(new NewChildCase(ServiceArea.IN_YEAR_TRANSFER, child, null, CaseSource.PARENT,
                LocalDate.of(2026, 9, 1), "Asked for a school place", true)).toString();
        casework.addContact(reference, LocalDateTime.of(2026, 9, 2, 10, 0), ContactChannel.TELEPHONE, "Parent",
                "Parent of Bench" + letters(number) + " rang about a place");
        casework.close(reference, CaseOutcome.REQUEST_WITHDRAWN, "Family stayed put");
        return child;
    }

    /** A name part from a number (names are letters only). */
    private static String letters(int number) {
        StringBuilder name = new StringBuilder();
        int rest = number;
        do {
            name.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return name.toString();
    }

    /** Waits for the run; three hours is far beyond any figure measured, so reaching it means the run is stuck. */
    private DisposalRuns.Certificate awaitEnd(String dpo, String runId) throws InterruptedException {
        java.time.Instant giveUp = java.time.Instant.now().plus(Duration.ofHours(3));
        while (java.time.Instant.now().isBefore(giveUp)) {
            officers.actAs(dpo, KINGSTON);
            DisposalRuns.Certificate certificate = runs.certificate(runId);
            if (certificate.status() != DisposalRun.Status.RUNNING) {
                return certificate;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the run had not ended after three hours: " + runs.progress(runId));
    }

    private static double seconds(Duration duration) {
        return Math.max(1, duration.toMillis()) / 1000.0;
    }

    private static int configuredChildren() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DisposalBenchmark.class.getClassLoader().getResourceAsStream("disposal-benchmark.properties")) {
            properties.load(in);
        }
        return Integer.parseInt(properties.getProperty("children").strip());
    }
}
