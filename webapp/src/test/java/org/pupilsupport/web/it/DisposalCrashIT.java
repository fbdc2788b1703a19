package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pupilsupport.core.audit.VerifyAuditChains;

/**
 * Issue 13's crash test: the server is killed (SIGKILL) in the middle of a disposal run, and afterwards every batch is
 * found whole or not at all (each record either gone with its cases, files and a tombstone, or there with every
 * case), the audit chains verify, and a restart finishes the run without doing any record twice, removes the files
 * of records erased just before the kill, and touches nothing of the other borough.
 *
 * <p>It runs its own server ({@link StandaloneServer}), since killing the shared one would end every other test. The
 * run is set up as a DPO would, over HTTPS; only the fixture (demo children made old enough to fall due, their closed
 * cases closed long ago, a file on each) is written to the database directly while the server is stopped.
 */
class DisposalCrashIT {

    private static final String KINGSTON = "kingston";
    private static final String RICHMOND = "richmond";
    /** The runner's batch size ({@code DisposalRunner.BATCH}). */
    private static final int BATCH = 25;
    private static final Pattern BATCH_COMMITTED = Pattern.compile("Disposal run ([0-9a-f-]{36}): a batch of \\d+ committed");

    private static final String UNMERGED_CHILDREN = "SELECT COUNT(*) FROM CHILD WHERE TENANT_ID = ? AND MERGED_INTO_ID IS NULL";

    private static StandaloneServer server;
    private static WebSession dpo;

    @BeforeAll
    static void serverWithDemoData() {
        server = StandaloneServer.freshCopyOfTheTestServer("crashServer", Integer.getInteger("it.crash.http.port", 9083),
                Integer.getInteger("it.crash.https.port", 9446));
        server.start();
        server.stop();
    }

    @AfterAll
    static void removeServer() {
        if (server != null) {
            server.stop();
            server.removeDatabase();
        }
    }

    @Test
    void aKillDuringARunLeavesEachBatchWholeAndARestartFinishesItDoingNothingTwice() throws Exception {
        Snapshot before;
        String orphanUpload = UUID.randomUUID().toString();
        try (Connection database = server.database()) {
            before = ageKingstonsDemoRecordsAndFileTheirCases(database);
        } finally {
            server.releaseDatabase();
        }
        // a file whose upload was cut off before its record was written: the start-up sweep must take it too
        Files.writeString(server.attachments(KINGSTON).resolve(orphanUpload), "%PDF- an upload that never got its record");
        assertTrue(before.due().size() > 4 * BATCH, "the fixture gives the run several batches: " + before.due().size());

        server.start();
        assertFalse(Files.exists(server.attachments(KINGSTON).resolve(orphanUpload)), "a file no record names is removed at start-up");
        long logBeforeApproval = server.logLength();
        WebSession.Page reviewed = listAsTheDpoAndApproveEveryRecord();
        // the run is approved on another thread, so the kill can follow the first batch's commit at once, whatever
        // the page answering the approval is doing
        CompletableFuture<WebSession.Page> approval = CompletableFuture.supplyAsync(() -> dpo.submit(reviewed, "approval", "approveRun", Map.of()));
        Matcher firstBatch = server.awaitLog(logBeforeApproval, BATCH_COMMITTED, Duration.ofMinutes(3));
        server.kill();
        try {
            WebSession.Page approved = approval.get(1, TimeUnit.MINUTES);
            assertTrue(approved.contains("Status: RUNNING"), "the page answering the approval shows the run going:\n" + approved.body());
        } catch (ExecutionException cutOff) {
            // the kill came before the page was sent: the batch logged has shown the approval worked
        }
        String runId = firstBatch.group(1);

        int doneAtTheKill;
        try (Connection database = server.database()) {
            assertEquals(KINGSTON, single(database, "SELECT TENANT_ID FROM DISPOSAL_RUN WHERE ID = ?", runId));
            assertEquals("RUNNING", runStatus(database, runId), "a killed run is left running, to be taken up again");
            Map<String, String> states = itemStates(database, runId);
            assertEquals(before.due().keySet(), states.keySet(), "the run listed every record that had fallen due, and only those");
            doneAtTheKill = (int) states.values().stream().filter(state -> !state.equals("WAITING")).count();
            assertTrue(doneAtTheKill > 0 && doneAtTheKill < states.size(), "the kill came part way through: " + doneAtTheKill + " of " + states.size());
            assertEquals(0, doneAtTheKill % BATCH, "only whole batches were committed: " + doneAtTheKill + " records done");
            for (Map.Entry<String, String> item : states.entrySet()) {
                String child = item.getKey();
                if (item.getValue().equals("DISPOSED")) {
                    assertGone(database, child);
                } else {
                    assertEquals("WAITING", item.getValue(), "nothing in this fixture is left: " + child);
                    assertIntact(database, child, before);
                }
            }
            assertChainsVerify(database);
        } finally {
            server.releaseDatabase();
        }

        server.start();
        server.awaitLog(0, Pattern.compile("Disposal run " + runId + " finished"), Duration.ofMinutes(5));
        assertTrue(server.logSince(0).contains("Taking up disposal run " + runId), "the restart took the run up by itself");
        server.stop();

        try (Connection database = server.database()) {
            assertEquals("FINISHED", runStatus(database, runId));
            Map<String, String> states = itemStates(database, runId);
            assertTrue(states.values().stream().allMatch("DISPOSED"::equals), "every approved record was disposed of: " + states);
            states.keySet().forEach(child -> assertGone(database, child));
            assertEquals(before.due().size(), count(database, "SELECT COUNT(*) FROM ERASURE WHERE TENANT_ID = ?", KINGSTON),
                    "one erasure per record: none was done twice");
            for (String file : before.filesOfDueChildren()) {
                assertFalse(Files.exists(server.attachments(KINGSTON).resolve(file)), "the file of a disposed record is gone: " + file);
            }
            assertEquals(before.kingstonChildrenNotDue(), count(database, UNMERGED_CHILDREN, KINGSTON),
                    "Kingston's children that were not due are all still there");
            assertEquals(before.richmondChildren(), count(database, "SELECT COUNT(*) FROM CHILD WHERE TENANT_ID = ?", RICHMOND));
            assertEquals(before.richmondCases(), count(database, "SELECT COUNT(*) FROM CASE_FILE WHERE TENANT_ID = ?", RICHMOND));
            assertChainsVerify(database);
        } finally {
            server.releaseDatabase();
        }
    }

    /** What the database held before the run, to compare with after the kill and after the restart. */
    private record Snapshot(Map<String, Integer> due, Map<String, Integer> casesOfChildren, List<String> filesOfDueChildren,
                            long kingstonChildrenNotDue, long richmondChildren, long richmondCases) {
    }

    /**
     * Makes Kingston's demo children old enough for their record to have fallen due (25th birthday passed), and their
     * closed cases closed long enough ago, so every child without an open case is due; puts a file on each closed case.
     */
    private static Snapshot ageKingstonsDemoRecordsAndFileTheirCases(Connection database) throws SQLException, IOException {
        database.setAutoCommit(false);
        try (PreparedStatement children = database.prepareStatement("UPDATE CHILD SET DATE_OF_BIRTH = ? WHERE TENANT_ID = ?");
             PreparedStatement closedCases = database.prepareStatement(
                     "UPDATE CASE_FILE SET REFERRED_ON = ?, CLOSED_ON = ? WHERE TENANT_ID = ? AND STATUS = 'CLOSED'")) {
            children.setDate(1, Date.valueOf(LocalDate.of(1990, 3, 1)));
            children.setString(2, KINGSTON);
            children.executeUpdate();
            closedCases.setDate(1, Date.valueOf(LocalDate.of(2005, 9, 1)));
            closedCases.setDate(2, Date.valueOf(LocalDate.of(2006, 1, 31)));
            closedCases.setString(3, KINGSTON);
            closedCases.executeUpdate();
        }
        Map<String, Integer> cases = new HashMap<>();
        Map<String, Integer> due = new HashMap<>();
        try (PreparedStatement query = database.prepareStatement("SELECT c.ID, (SELECT COUNT(*) FROM CASE_FILE f WHERE f.CHILD_ID = c.ID),"
                + " (SELECT COUNT(*) FROM CASE_FILE f WHERE f.CHILD_ID = c.ID AND f.STATUS <> 'CLOSED')"
                + " FROM CHILD c WHERE c.TENANT_ID = ? AND c.MERGED_INTO_ID IS NULL")) {
            query.setString(1, KINGSTON);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    cases.put(rows.getString(1), rows.getInt(2));
                    if (rows.getInt(3) == 0) {
                        due.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
        }
        List<String> files = new ArrayList<>();
        Files.createDirectories(server.attachments(KINGSTON));
        try (PreparedStatement closed = database.prepareStatement("SELECT CASE_NUMBER, CHILD_ID FROM CASE_FILE WHERE TENANT_ID = ? AND STATUS = 'CLOSED'"
                + " AND CHILD_ID IS NOT NULL");
             PreparedStatement attach = database.prepareStatement("INSERT INTO CASE_ATTACHMENT (ID, TENANT_ID, CASE_NUMBER, FILE_NAME, FILE_TYPE,"
                     + " SIZE_BYTES, SHA256, UPLOADED_BY, UPLOADED_AT) VALUES (?, ?, ?, ?, 'PDF', ?, ?, 'kingston.officer', ?)")) {
            closed.setString(1, KINGSTON);
            try (ResultSet rows = closed.executeQuery()) {
                while (rows.next()) {
                    String id = UUID.randomUUID().toString();
                    byte[] content = ("%PDF- letter about case " + rows.getLong(1)).getBytes(StandardCharsets.US_ASCII);
                    Files.write(server.attachments(KINGSTON).resolve(id), content);
                    attach.setString(1, id);
                    attach.setString(2, KINGSTON);
                    attach.setLong(3, rows.getLong(1));
                    attach.setString(4, "letter.pdf");
                    attach.setLong(5, content.length);
                    attach.setString(6, "0".repeat(64));
                    attach.setTimestamp(7, Timestamp.from(Instant.parse("2006-01-20T10:00:00Z")));
                    attach.executeUpdate();
                    if (due.containsKey(rows.getString(2))) {
                        files.add(id);
                    }
                }
            }
        }
        database.commit();
        database.setAutoCommit(true);
        long kingstonChildren = count(database, UNMERGED_CHILDREN, KINGSTON);
        return new Snapshot(due, cases, files, kingstonChildren - due.size(), count(database, "SELECT COUNT(*) FROM CHILD WHERE TENANT_ID = ?", RICHMOND),
                count(database, "SELECT COUNT(*) FROM CASE_FILE WHERE TENANT_ID = ?", RICHMOND));
    }

    /** Signs in as the demo DPO, acts for Kingston, lists what has fallen due and approves every record of it. */
    private static WebSession.Page listAsTheDpoAndApproveEveryRecord() {
        dpo = WebSession.signedIn(server.applicationBase(), "dpo", "demo-password-2026");
        WebSession.Page chooser = dpo.get("choose-borough.xhtml");
        Matcher kingston = Pattern.compile("id=\"chooser:boroughs:(\\d+):actFor\"(?:(?!</button>).)*Kingston", Pattern.DOTALL).matcher(chooser.body());
        assertTrue(kingston.find(), "the DPO is offered Kingston:\n" + chooser.body());
        dpo.submit(chooser, "chooser", "boroughs:" + kingston.group(1) + ":actFor", Map.of());
        WebSession.Page page = dpo.get("privacy/disposal.xhtml");
        assertEquals(200, page.status());
        page = dpo.submit(page, "start", "listDue", Map.of());
        assertTrue(page.contains("Status: REVIEWING"), "a run was listed:\n" + page.body());
        page = dpo.submit(page, "approval", "approveUndecided", Map.of());
        assertTrue(page.contains("0 to decide"), "every record is approved:\n" + page.body());
        return page;
    }

    private static String single(Connection database, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = database.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static String runStatus(Connection database, String runId) throws SQLException {
        try (PreparedStatement query = database.prepareStatement("SELECT STATUS FROM DISPOSAL_RUN WHERE ID = ?")) {
            query.setString(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "run " + runId + " exists");
                return rows.getString(1);
            }
        }
    }

    private static Map<String, String> itemStates(Connection database, String runId) throws SQLException {
        Map<String, String> states = new HashMap<>();
        try (PreparedStatement query = database.prepareStatement("SELECT CHILD_ID, STATE, DECISION FROM DISPOSAL_ITEM WHERE RUN_ID = ?")) {
            query.setString(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertEquals("APPROVED", rows.getString(3));
                    states.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return states;
    }

    private static void assertGone(Connection database, String child) {
        try {
            assertEquals(0, count(database, "SELECT COUNT(*) FROM CHILD WHERE ID = ?", child), "disposed child's record is gone: " + child);
            assertEquals(0, count(database, "SELECT COUNT(*) FROM CASE_FILE WHERE CHILD_ID = ?", child), "disposed child's cases are gone: " + child);
            assertEquals(1, count(database, "SELECT COUNT(*) FROM TOMBSTONE WHERE RECORD_KIND = 'child' AND RECORD_REF = ?", child),
                    "exactly one tombstone: " + child);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static void assertIntact(Connection database, String child, Snapshot before) throws SQLException {
        assertEquals(1, count(database, "SELECT COUNT(*) FROM CHILD WHERE ID = ?", child), "waiting child's record is there: " + child);
        assertEquals(before.casesOfChildren().get(child).longValue(), count(database, "SELECT COUNT(*) FROM CASE_FILE WHERE CHILD_ID = ?", child),
                "waiting child's cases are all there: " + child);
        assertEquals(0, count(database, "SELECT COUNT(*) FROM TOMBSTONE WHERE RECORD_REF = ?", child), "no tombstone yet: " + child);
    }

    private static void assertChainsVerify(Connection database) throws SQLException {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int verdict = VerifyAuditChains.verifyAll(database, new PrintStream(report, true, StandardCharsets.UTF_8));
        assertEquals(VerifyAuditChains.INTACT, verdict, report.toString(StandardCharsets.UTF_8));
    }

    private static long count(Connection database, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = database.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
