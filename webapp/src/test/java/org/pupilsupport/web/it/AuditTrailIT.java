package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.audit.AccessEvents;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.ChainVerification;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * The audit trail on the real database: one entry per view and change, in the acting borough's chain
 * only, refused updates and deletes, and no fork under concurrent writers.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(AuditTrailIT.class, ConcurrentRegistrar.class);
    }

    @Inject
    ChildRegister children;

    @Inject
    AuditChains chains;

    @Inject
    org.pupilsupport.core.audit.AuditTrailNames names;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Actor actor;

    @BeforeEach
    void actAsTheSystem() {
        // Who may see what is NeedToKnowIT's subject; here every record opens.
        actor.actAsSystem();
    }

    @Inject
    ConcurrentRegistrar registrar;

    @Resource(lookup = "jdbc/pupilsupport")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private String newKingstonChild() {
        actingBorough.actFor(KINGSTON);
        return children.register(new NewChild("Audit", null, "Testchild", LocalDate.of(2016, 5, 5), null));
    }

    private List<AuditAction> actionsAbout(String childId) {
        List<AuditAction> newestFirst = new ArrayList<>(chains.entriesAbout("child", childId).stream().map(AuditEntry::action).toList());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Test
    void eachViewAndChangeLeavesExactlyOneEntry() {
        String child = newKingstonChild();
        assertEquals(List.of(AuditAction.CREATE), actionsAbout(child));

        children.open(child);
        assertEquals(List.of(AuditAction.CREATE, AuditAction.VIEW), actionsAbout(child));

        children.correctLegalName(child, "Audited", null, "Testchild");
        assertEquals(List.of(AuditAction.CREATE, AuditAction.VIEW, AuditAction.UPDATE), actionsAbout(child));
        AuditEntry update = chains.entriesAbout("child", child).get(0);
        assertEquals("legal name: \"Audit Testchild\" -> \"Audited Testchild\"", update.details());
        assertEquals(AuditOutcome.SUCCESS, update.outcome());

        children.removeRecordedInError(child);
        assertEquals(List.of(AuditAction.CREATE, AuditAction.VIEW, AuditAction.UPDATE, AuditAction.DELETE), actionsAbout(child));
    }

    @Test
    void anAuditorFindsAChildByNameOrUpnAndReadsTheTrailInPeoplesTerms() {
        actingBorough.actFor(KINGSTON);
        String surname = "Lookup" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String child = children.register(new NewChild("Nell", null, surname, LocalDate.of(2015, 6, 1), null));
        children.open(child);

        List<org.pupilsupport.core.audit.AuditTrailNames.ChildChoice> found = names.childrenMatching("nell " + surname.toLowerCase());

        assertEquals(List.of(child), found.stream().map(org.pupilsupport.core.audit.AuditTrailNames.ChildChoice::id).toList());
        assertEquals("Nell " + surname + ", born 1 Jun 2015", found.get(0).description());
        assertTrue(chains.latest(10).stream().anyMatch(entry -> entry.action() == AuditAction.SEARCH && child.equals(entry.subjectId())
                && entry.details().startsWith("audit trail look-up of a child: terms=\"nell " + surname.toLowerCase() + "\"")),
                "the look-up itself is in the trail");

        List<org.pupilsupport.core.audit.AuditTrailNames.ReadableEntry> readable = names.readable(chains.entriesAbout("child", child));
        var view = readable.stream().filter(row -> row.entry().action() == AuditAction.VIEW).findFirst().orElseThrow();
        assertEquals("Looked at", view.action());
        assertEquals("Done", view.outcome());
        assertEquals("child: Nell " + surname + ", born 1 Jun 2015", view.subject(), "a name where the record id was");
        assertFalse(readable.stream().anyMatch(row -> row.subject().contains(child) || String.valueOf(row.details()).contains(child)),
                "no record id is shown where the child's name can be");
        assertTrue(view.when().matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}:\\d{2}"), view.when());

        assertThrows(IllegalArgumentException.class, () -> names.childrenMatching(" "));
        assertThrows(IllegalArgumentException.class, () -> names.childrenMatching("B8012"), "part of a UPN is refused, not read as a name");
    }

    @Test
    void searchesAreRecordedWithTheirTerms() {
        actingBorough.actFor(KINGSTON);
        AuditEntry before = chains.latest(1).get(0);
        children.search("Testchild", 0, 20);
        List<AuditEntry> latest = chains.latest(2);
        assertEquals(before.sequenceNumber(), latest.get(1).sequenceNumber(), "one entry for one search");
        assertEquals(AuditAction.SEARCH, latest.get(0).action());
        assertTrue(latest.get(0).details().startsWith("terms=\"Testchild\" from=0"), latest.get(0).details());
    }

    @Test
    void anotherBoroughsIdIsRecordedAsNotFoundInTheActingBoroughsChainOnly() {
        String kingstonChild = newKingstonChild();

        actingBorough.actFor(RICHMOND);
        assertInstanceOf(ChildRecordAccess.NotFound.class, children.open(kingstonChild));
        assertThrows(ChildNotFoundException.class, () -> children.removeRecordedInError(kingstonChild));
        List<AuditEntry> richmondEntries = chains.entriesAbout("child", kingstonChild);
        assertEquals(List.of(AuditOutcome.NOT_FOUND, AuditOutcome.NOT_FOUND), richmondEntries.stream().map(AuditEntry::outcome).toList());
        assertEquals(List.of(AuditAction.DELETE, AuditAction.VIEW), richmondEntries.stream().map(AuditEntry::action).toList());

        actingBorough.actFor(KINGSTON);
        assertEquals(List.of(AuditAction.CREATE), actionsAbout(kingstonChild), "Kingston's chain holds only Kingston's acts");
    }

    @Test
    void theDatabaseRefusesToEditOrDeleteAuditRows() throws SQLException {
        newKingstonChild();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE AUDIT_ENTRY SET USERNAME = 'someone.else'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM AUDIT_ENTRY"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM AUDIT_ANCHOR"));
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE USERNAME = 'someone.else'")) {
                rows.next();
                assertEquals(0, rows.getLong(1));
            }
        }
        actingBorough.actFor(KINGSTON);
        assertTrue(chains.verify().intact());
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        actingBorough.actFor(KINGSTON);
        chains.recordAnchor();
        int writers = 6;
        int childrenEach = 8;
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            running.add(executor.submit(() -> registrar.registerInKingston(childrenEach)));
        }
        for (Future<?> each : running) {
            each.get();
        }

        ChainVerification.Result result = chains.verify();
        assertTrue(result.intact(), result.problem());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet duplicates = statement.executeQuery(
                     "SELECT COUNT(*) FROM (SELECT TENANT_ID, SEQUENCE_NO FROM AUDIT_ENTRY GROUP BY TENANT_ID, SEQUENCE_NO HAVING COUNT(*) > 1) d")) {
            duplicates.next();
            assertEquals(0, duplicates.getLong(1), "no sequence number is used twice");
        }
        actingBorough.actFor(RICHMOND);
        assertTrue(chains.verify().intact(), "Richmond's chain is untouched by Kingston's writers");
    }

    @Inject
    AccessEvents accessEvents;

    @Inject
    OfficerAccounts accounts;

    @Test
    void signInsGoToEachOfTheOfficersBoroughsAndFailuresToTheInstallationChain() {
        SignedInOfficer officerOfBoth = accounts.describe("all.boroughs").orElseThrow();
        accessEvents.signedIn(officerOfBoth);
        for (TenantId borough : List.of(KINGSTON, RICHMOND)) {
            actingBorough.actFor(borough);
            AuditEntry latest = chains.latest(1).get(0);
            assertEquals(AuditAction.SIGN_IN, latest.action(), "in " + borough);
            assertEquals("all.boroughs", latest.subjectId());
        }

        accessEvents.switchedBorough(officerOfBoth, java.util.Optional.of(KINGSTON), RICHMOND);
        actingBorough.actFor(RICHMOND);
        assertEquals("from kingston to richmond", chains.latest(1).get(0).details());

        accessEvents.signInFailed("no.such.person", false);
        actingBorough.actFor(TenantId.INSTALLATION);
        AuditEntry failure = chains.latest(1).get(0);
        assertEquals(AuditAction.SIGN_IN_FAILED, failure.action());
        assertEquals(AuditOutcome.REFUSED, failure.outcome());
        assertEquals("no.such.person", failure.subjectId());
        assertTrue(chains.verify().intact());
    }

    @Test
    void anOverlongUsernameIsRecordedAsAFailedSignInWithoutItsWholeValue() {
        String overlong = "pasted" + "q".repeat(500);
        accessEvents.signInRefusedForOverlongUsername(overlong);
        actingBorough.actFor(TenantId.INSTALLATION);
        AuditEntry failure = chains.latest(1).get(0);
        assertEquals(AuditAction.SIGN_IN_FAILED, failure.action());
        assertEquals(AuditOutcome.REFUSED, failure.outcome());
        assertTrue(failure.subjectId().startsWith("pastedqqqq") && failure.subjectId().length() <= 64, failure.subjectId());
        assertTrue(failure.details().contains("506 characters"), failure.details());
        assertTrue(chains.verify().intact());
    }

    @Test
    void theCommandLineVerifierReadsTheChainsTheApplicationWrote() throws SQLException {
        newKingstonChild();
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        try (Connection connection = dataSource.getConnection()) {
            int status = org.pupilsupport.core.audit.VerifyAuditChains.verifyAll(connection, new java.io.PrintStream(printed, true));
            String report = printed.toString();
            assertEquals(org.pupilsupport.core.audit.VerifyAuditChains.INTACT, status, report);
            assertTrue(report.contains("kingston: intact") && report.contains("richmond: intact") && report.contains("installation: intact"), report);
        }
    }

    @Inject
    org.pupilsupport.core.audit.AuditExport export;

    @Inject
    org.pupilsupport.core.audit.AuditVerification verification;

    @Test
    void anExportWritesTheMatchingEntriesAsCsvAndIsItselfRecorded() {
        String child = newKingstonChild();
        children.search("=HYPERLINK(\"http://evil\")", 0, 5);
        children.open(child);
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();

        long written = export.writeCsv(new AuditChains.AuditQuery(child, null, null, null, null), csv);

        List<String> lines = csv.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, written, "the create and the view");
        assertEquals(3, lines.size(), "a header and two rows");
        assertTrue(lines.get(0).startsWith("\uFEFF\"sequence\",\"occurred_at_utc\",\"username\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"CREATE\"") && lines.get(2).contains("\"VIEW\""), "oldest first: " + lines);
        AuditEntry recorded = chains.latest(1).get(0);
        assertEquals(AuditAction.EXPORT, recorded.action());
        assertTrue(recorded.details().startsWith("CSV of 2 entries"), recorded.details());

        java.io.ByteArrayOutputStream searches = new java.io.ByteArrayOutputStream();
        export.writeCsv(new AuditChains.AuditQuery(null, null, AuditAction.SEARCH, null, null), searches);
        String searchCsv = searches.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(searchCsv.contains("\"terms=\"\"=HYPERLINK("), "terms quoted inside the details cell");
        assertFalse(searchCsv.contains(",\"=HYPERLINK"), "no cell starts with a formula");
    }

    @Test
    void aCheckOfEveryChainCoversEachBoroughAndTheInstallationAndIsRecordedInEach() {
        actingBorough.actFor(KINGSTON);
        java.util.Map<TenantId, org.pupilsupport.core.audit.ChainVerification.Result> results = verification.verifyEveryChain();
        assertEquals(List.of(KINGSTON, RICHMOND, TenantId.INSTALLATION), List.copyOf(results.keySet()));
        assertTrue(results.values().stream().allMatch(org.pupilsupport.core.audit.ChainVerification.Result::intact), results.toString());
        assertEquals(KINGSTON, actingBorough.require(), "the acting borough is restored");
        for (TenantId chain : results.keySet()) {
            actingBorough.actFor(chain);
            AuditEntry check = chains.latest(1).get(0);
            assertEquals("audit-chain", check.subjectType(), "in " + chain);
            assertTrue(check.details().startsWith("chain intact"), check.details());
        }
    }

    /** Registers children from a managed thread, in a request of its own, acting for Kingston. */
    @ApplicationScoped
    public static class ConcurrentRegistrar {

        @Inject
        ChildRegister children;

        @Inject
        ActingBorough actingBorough;

        @Inject
        Actor actor;

        @ActivateRequestContext
        public void registerInKingston(int count) {
            actor.actAsSystem();
            actingBorough.actFor(TenantId.of("kingston"));
            for (int i = 0; i < count; i++) {
                children.register(new NewChild("Concurrent", null, "Writer", LocalDate.of(2017, 1, 1 + i), null));
            }
        }
    }
}
