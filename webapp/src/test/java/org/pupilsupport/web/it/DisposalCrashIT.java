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
 * <p>The same run carries out Kingston's lines swept by date, set to a period of nought so that they take everything
 * recorded before the run: afterwards Kingston's audit details are emptied in the name of an erasure the chain records,
 * save those about a record under legal hold, and its break-glass records are gone, save the held record's; Richmond's
 * are untouched.
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
        SweepFixture sweeps;
        String orphanUpload = UUID.randomUUID().toString();
        try (Connection database = server.database()) {
            before = ageKingstonsDemoRecordsAndFileTheirCases(database);
            sweeps = sweepEverythingInKingstonAndHoldOneRecord(database);
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
            assertSwept(database, runId, sweeps);
            assertChainsVerify(database);
        } finally {
            server.releaseDatabase();
        }
    }

    /**
     * What the sweeps are given: a Kingston record not due, under legal hold, with audit details and a break-glass
     * record; another Kingston record not due with a break-glass record; a Richmond one.
     */
    private record SweepFixture(String heldChild, List<String> heldSubjectIds, String heldBreakGlass, String kingstonBreakGlass,
                                String richmondBreakGlass, long richmondErasedDetails) {
    }

    /**
     * Sets Kingston's lines for audit details and break-glass records to nought, so that everything recorded before
     * the run falls due, and puts a legal hold on one of its records that is not due and has audit details.
     */
    private static SweepFixture sweepEverythingInKingstonAndHoldOneRecord(Connection database) throws SQLException {
        try (PreparedStatement rules = database.prepareStatement("UPDATE RETENTION_RULE SET PERIOD_YEARS = 0, PERIOD_MONTHS = 0 WHERE TENANT_ID = ?"
                + " AND RECORD_KIND IN ('AUDIT_DETAIL', 'BREAK_GLASS')")) {
            rules.setString(1, KINGSTON);
            assertEquals(2, rules.executeUpdate(), "Kingston's schedule has a line for each kind swept by date");
        }
        List<String> notDue = new ArrayList<>();
        try (PreparedStatement query = database.prepareStatement("SELECT DISTINCT CHILD_ID FROM CASE_FILE WHERE TENANT_ID = ? AND STATUS <> 'CLOSED'"
                + " AND CHILD_ID IS NOT NULL ORDER BY CHILD_ID")) {
            query.setString(1, KINGSTON);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    notDue.add(rows.getString(1));
                }
            }
        }
        String held = null;
        List<String> heldSubjects = List.of();
        for (String child : notDue) {
            List<String> subjects = trailSubjectsOf(database, child);
            if (detailsAbout(database, subjects, null) > 0) {
                held = child;
                heldSubjects = subjects;
                break;
            }
        }
        assertTrue(held != null, "a Kingston record with an open case has audit details to keep: " + notDue);
        String other = null;
        for (String child : notDue) {
            if (!child.equals(held)) {
                other = child;
                break;
            }
        }
        assertTrue(other != null, "Kingston has a second record with an open case");
        try (PreparedStatement hold = database.prepareStatement("INSERT INTO LEGAL_HOLD (ID, TENANT_ID, CHILD_ID, REASON, NOTE, PLACED_BY, PLACED_AT)"
                + " VALUES (?, ?, ?, 'COMPLAINT', 'A complaint about the exclusion is open', 'dpo', ?)")) {
            hold.setString(1, UUID.randomUUID().toString());
            hold.setString(2, KINGSTON);
            hold.setString(3, held);
            hold.setTimestamp(4, Timestamp.from(Instant.parse("2026-01-10T10:00:00Z")));
            hold.executeUpdate();
        }
        String richmondChild = single(database, "SELECT MIN(ID) FROM CHILD WHERE TENANT_ID = ?", RICHMOND);
        return new SweepFixture(held, heldSubjects, breakGlass(database, KINGSTON, held), breakGlass(database, KINGSTON, other),
                breakGlass(database, RICHMOND, richmondChild),
                count(database, "SELECT COUNT(*) FROM AUDIT_ENTRY_DETAIL WHERE TENANT_ID = ? AND ERASURE_ID IS NOT NULL", RICHMOND));
    }

    /** The ids the trail files a child's entries under: the record (and its allocation) and its cases' references. */
    private static List<String> trailSubjectsOf(Connection database, String child) throws SQLException {
        List<String> ids = new ArrayList<>(List.of(child));
        try (PreparedStatement query = database.prepareStatement("SELECT AREA, CASE_NUMBER FROM CASE_FILE WHERE CHILD_ID = ?")) {
            query.setString(1, child);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(org.pupilsupport.core.cases.ServiceArea.valueOf(rows.getString(1)).prefix() + "-" + String.format("%06d", rows.getLong(2)));
                }
            }
        }
        return ids;
    }

    /** Kingston's entries about the subjects whose details are still there (erasure null) or were emptied by the erasure. */
    private static long detailsAbout(Connection database, List<String> subjectIds, String erasureId) throws SQLException {
        String listed = String.join(", ", java.util.Collections.nCopies(subjectIds.size(), "?"));
        try (PreparedStatement query = database.prepareStatement("SELECT COUNT(*) FROM AUDIT_ENTRY_DETAIL d JOIN AUDIT_ENTRY e ON e.ID = d.ENTRY_ID"
                + " WHERE e.TENANT_ID = ? AND e.SUBJECT_TYPE IN ('child', 'child-allocation', 'case') AND e.SUBJECT_ID IN (" + listed + ")"
                + " AND " + (erasureId == null ? "d.ERASURE_ID IS NULL" : "d.ERASURE_ID = ?"))) {
            query.setString(1, KINGSTON);
            for (int i = 0; i < subjectIds.size(); i++) {
                query.setString(2 + i, subjectIds.get(i));
            }
            if (erasureId != null) {
                query.setString(2 + subjectIds.size(), erasureId);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A break-glass record opened long ago on the child; returns its id. */
    private static String breakGlass(Connection database, String borough, String child) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = database.prepareStatement("INSERT INTO BREAK_GLASS_ACCESS (ID, TENANT_ID, CHILD_ID, USERNAME, REASON, OPENED_AT,"
                + " EXPIRES_AT, PURPOSE) VALUES (?, ?, ?, 'duty.officer', 'Police asked about the child out of hours', ?, ?, 'OPENED_RECORD')")) {
            insert.setString(1, id);
            insert.setString(2, borough);
            insert.setString(3, child);
            insert.setTimestamp(4, Timestamp.from(Instant.parse("2020-05-01T22:00:00Z")));
            insert.setTimestamp(5, Timestamp.from(Instant.parse("2020-05-02T06:00:00Z")));
            insert.executeUpdate();
        }
        return id;
    }

    private static void assertSwept(Connection database, String runId, SweepFixture sweeps) throws SQLException {
        Map<String, String> lines = new HashMap<>();
        String erasureId = null;
        Timestamp recordedBefore = null;
        try (PreparedStatement query = database.prepareStatement("SELECT KIND, STATE, DECISION, ERASURE_ID, RECORDED_BEFORE, DONE_COUNT, FOUND_COUNT"
                + " FROM DISPOSAL_SWEEP WHERE RUN_ID = ?")) {
            query.setString(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.put(rows.getString(1), rows.getString(2) + "/" + rows.getString(3));
                    // the records erased by the run take their own details and break-glass records first
                    assertTrue(rows.getInt(6) > 0 && rows.getInt(6) <= rows.getInt(7),
                            rows.getString(1) + ": did at most what was found when listed (" + rows.getInt(6) + " of " + rows.getInt(7) + ")");
                    if (rows.getString(1).equals("AUDIT_DETAIL")) {
                        erasureId = rows.getString(4);
                        recordedBefore = rows.getTimestamp(5);
                    }
                }
            }
        }
        assertEquals(Map.of("AUDIT_DETAIL", "DONE/APPROVED", "BREAK_GLASS", "DONE/APPROVED"), lines, "both lines were listed, approved and done");
        assertEquals(1, count(database, "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION = 'ERASE' AND SUBJECT_TYPE = 'erasure' AND SUBJECT_ID = ?", erasureId),
                "the chain records the erasure in whose name the details were emptied");
        try (PreparedStatement query = database.prepareStatement("SELECT e.SUBJECT_TYPE, e.SUBJECT_ID FROM AUDIT_ENTRY_DETAIL d JOIN AUDIT_ENTRY e"
                + " ON e.ID = d.ENTRY_ID WHERE e.TENANT_ID = ? AND d.ERASURE_ID IS NULL AND e.OCCURRED_AT < ?")) {
            query.setString(1, KINGSTON);
            query.setTimestamp(2, recordedBefore);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertTrue(sweeps.heldSubjectIds().contains(rows.getString(2)),
                            "only details about the held record are left from before the run: " + rows.getString(1) + " " + rows.getString(2));
                }
            }
        }
        assertTrue(detailsAbout(database, sweeps.heldSubjectIds(), null) > 0, "the held record's audit details are kept");
        assertEquals(0, detailsAbout(database, sweeps.heldSubjectIds(), erasureId), "the sweep emptied none of the held record's details");
        assertEquals(sweeps.richmondErasedDetails(),
                count(database, "SELECT COUNT(*) FROM AUDIT_ENTRY_DETAIL WHERE TENANT_ID = ? AND ERASURE_ID IS NOT NULL", RICHMOND),
                "no Richmond detail was emptied");
        assertEquals(1, count(database, "SELECT COUNT(*) FROM BREAK_GLASS_ACCESS WHERE ID = ?", sweeps.heldBreakGlass()),
                "the held record's break-glass record is kept");
        assertEquals(0, count(database, "SELECT COUNT(*) FROM BREAK_GLASS_ACCESS WHERE ID = ?", sweeps.kingstonBreakGlass()),
                "Kingston's other old break-glass record is disposed of");
        assertEquals(1, count(database, "SELECT COUNT(*) FROM BREAK_GLASS_ACCESS WHERE ID = ?", sweeps.richmondBreakGlass()),
                "Richmond's break-glass record is untouched");
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
