package org.pupilsupport.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pupilsupport.core.startup.DatabaseMigrations;

/**
 * The command-line verifier against a real Derby database with the real schema (the project's changelog),
 * tampered with as someone with direct database access would: triggers dropped, then rows edited or deleted.
 */
class VerifyAuditChainsTest {

    private final String url = "jdbc:derby:memory:audit" + System.nanoTime() + ";create=true";
    private Connection connection;

    @BeforeEach
    void schemaAndTwelveEntries() throws SQLException {
        connection = DriverManager.getConnection(url);
        DatabaseMigrations.migrate(connection);
        AuditChainHead head = new AuditChainHead("kingston");
        AuditContext officer = new AuditContext();
        officer.actingAs("kingston.officer", Set.of("officer"), "192.0.2.7");
        for (int i = 1; i <= 12; i++) {
            AuditEvent event = AuditEvent.about(AuditAction.VIEW, "child", "child-" + i, AuditOutcome.SUCCESS);
            insert(head.append(Instant.parse("2026-11-29T10:00:00Z").plusSeconds(i), officer,
                    i == 7 ? event.withDetails("surname: Quarrington -> Quarrington-Smith") : event));
        }
        execute("INSERT INTO AUDIT_CHAIN_HEAD (CHAIN_ID, TENANT_ID, LAST_SEQUENCE_NO, LAST_HASH) VALUES ('kingston', 'kingston', "
                + head.lastSequenceNumber() + ", '" + head.lastHash() + "')");
        execute("INSERT INTO AUDIT_ANCHOR (ID, TENANT_ID, SEQUENCE_NO, HEAD_HASH, RECORDED_AT) VALUES ('a1', 'kingston', 12, '"
                + head.lastHash() + "', CURRENT_TIMESTAMP)");
        connection.commit();
    }

    @AfterEach
    void close() throws SQLException {
        // Liquibase leaves auto-commit off; nothing a test did is meant to persist.
        connection.rollback();
        connection.close();
    }

    private void insert(AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AUDIT_ENTRY (ID, TENANT_ID, SEQUENCE_NO, OCCURRED_AT, USERNAME,"
                + " ROLE_NAMES, ACTION, SUBJECT_TYPE, SUBJECT_ID, DETAILS_SEAL, REQUEST_ID, OUTCOME, CLIENT_ADDRESS, PREVIOUS_HASH, ENTRY_HASH)"
                + " VALUES (?, 'kingston', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, "e" + entry.sequenceNumber());
            insert.setLong(2, entry.sequenceNumber());
            insert.setTimestamp(3, Timestamp.valueOf(new UtcTimestampConverter().convertToDatabaseColumn(entry.occurredAt())));
            insert.setString(4, entry.username());
            insert.setString(5, entry.roleNames());
            insert.setString(6, entry.action().name());
            insert.setString(7, entry.subjectType());
            insert.setString(8, entry.subjectId());
            insert.setString(9, entry.detailsSeal());
            insert.setString(10, entry.requestId());
            insert.setString(11, entry.outcome().name());
            insert.setString(12, entry.clientAddress());
            insert.setString(13, entry.previousHash());
            insert.setString(14, entry.entryHash());
            insert.executeUpdate();
        }
        ChainedEntry.Detail detail = entry.storedDetail();
        if (detail != null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO AUDIT_ENTRY_DETAIL (ENTRY_ID, TENANT_ID, SALT, REASON, DETAILS) VALUES (?, 'kingston', ?, ?, ?)")) {
                insert.setString(1, "e" + entry.sequenceNumber());
                insert.setString(2, detail.salt());
                insert.setString(3, detail.reason());
                insert.setString(4, detail.details());
                insert.executeUpdate();
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** What someone with DDL rights would do first. */
    private void dropAppendOnlyTriggers() throws SQLException {
        for (String trigger : new String[] {"AUDIT_ENTRY_NO_UPDATE", "AUDIT_ENTRY_NO_DELETE", "AUDIT_ANCHOR_NO_UPDATE", "AUDIT_ANCHOR_NO_DELETE",
                "AUDIT_DETAIL_NO_DELETE", "AUDIT_DETAIL_ERASE_ONLY"}) {
            execute("DROP TRIGGER " + trigger);
        }
    }

    private String verify(int expectedStatus) throws SQLException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = VerifyAuditChains.verifyAll(connection, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String report = printed.toString(StandardCharsets.UTF_8).strip();
        assertEquals(expectedStatus, status, report);
        return report;
    }

    @Test
    void anUntouchedDatabaseVerifies() throws SQLException {
        assertEquals("kingston: intact, 12 entries", verify(VerifyAuditChains.INTACT));
    }

    @Test
    void verificationDoesNotDependOnTheVerifiersTimeZone() throws SQLException {
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
            assertEquals("kingston: intact, 12 entries", verify(VerifyAuditChains.INTACT));
        } finally {
            java.util.TimeZone.setDefault(original);
        }
    }

    @Test
    void theSchemaRefusesEditsAndDeletesWhileItsTriggersStand() {
        assertThrows(SQLException.class, () -> execute("UPDATE AUDIT_ENTRY SET USERNAME = 'x' WHERE SEQUENCE_NO = 3"));
        assertThrows(SQLException.class, () -> execute("DELETE FROM AUDIT_ENTRY WHERE SEQUENCE_NO = 3"));
        assertThrows(SQLException.class, () -> execute("DELETE FROM AUDIT_ANCHOR"));
        assertThrows(SQLException.class, () -> execute("UPDATE AUDIT_ENTRY_DETAIL SET DETAILS = 'surname: changed' WHERE ENTRY_ID = 'e7'"));
        assertThrows(SQLException.class, () -> execute("DELETE FROM AUDIT_ENTRY_DETAIL"));
        assertThrows(SQLException.class, () -> execute("UPDATE AUDIT_ENTRY_DETAIL SET ERASURE_ID = 'erasure-1' WHERE ENTRY_ID = 'e7'"),
                "marking a detail erased while it still holds its text");
    }

    @Test
    void anErasureMayClearDetailsOnceAndTheChainStillVerifiesWhenItIsRecorded() throws SQLException {
        execute("UPDATE AUDIT_ENTRY_DETAIL SET SALT = NULL, REASON = NULL, DETAILS = NULL, ERASURE_ID = 'erasure-1',"
                + " ERASED_AT = CURRENT_TIMESTAMP WHERE ENTRY_ID = 'e7'");
        assertThrows(SQLException.class, () -> execute("UPDATE AUDIT_ENTRY_DETAIL SET ERASURE_ID = 'erasure-2' WHERE ENTRY_ID = 'e7'"),
                "an erasure is final");
        assertEquals("kingston: BROKEN at entry 7: the details of entry 7 were removed in the name of erasure erasure-1, which the chain does"
                + " not record", verify(VerifyAuditChains.BROKEN));
    }

    @Test
    void editedDetailsAreReported() throws SQLException {
        dropAppendOnlyTriggers();
        execute("UPDATE AUDIT_ENTRY_DETAIL SET DETAILS = 'surname: Quarrington -> Smith' WHERE ENTRY_ID = 'e7'");
        assertEquals("kingston: BROKEN at entry 7: the details of entry 7 were altered: they no longer match the seal in the chain",
                verify(VerifyAuditChains.BROKEN));
    }

    @Test
    void chainedRowsHoldNoneOfTheText() throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE DETAILS_SEAL IS NOT NULL")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void anEditedRowIsReported() throws SQLException {
        dropAppendOnlyTriggers();
        execute("UPDATE AUDIT_ENTRY SET USERNAME = 'someone.else' WHERE SEQUENCE_NO = 5");
        assertEquals("kingston: BROKEN at entry 5: entry 5 was altered: its content no longer matches its hash", verify(VerifyAuditChains.BROKEN));
    }

    @Test
    void aDeletedRowIsReported() throws SQLException {
        dropAppendOnlyTriggers();
        execute("DELETE FROM AUDIT_ENTRY WHERE SEQUENCE_NO = 9");
        assertEquals("kingston: BROKEN at entry 9: entry 9 is missing (the next entry is 10)", verify(VerifyAuditChains.BROKEN));
    }

    @Test
    void reorderedRowsAreReported() throws SQLException {
        dropAppendOnlyTriggers();
        execute("UPDATE AUDIT_ENTRY SET SEQUENCE_NO = 100 WHERE SEQUENCE_NO = 4");
        execute("UPDATE AUDIT_ENTRY SET SEQUENCE_NO = 4 WHERE SEQUENCE_NO = 6");
        execute("UPDATE AUDIT_ENTRY SET SEQUENCE_NO = 6 WHERE SEQUENCE_NO = 100");
        assertTrue(verify(VerifyAuditChains.BROKEN).startsWith("kingston: BROKEN at entry 4: "));
    }

    @Test
    void aTruncatedTailIsReportedEvenWhenTheHeadWasMovedBack() throws SQLException {
        dropAppendOnlyTriggers();
        execute("DELETE FROM AUDIT_ENTRY WHERE SEQUENCE_NO > 10");
        execute("UPDATE AUDIT_CHAIN_HEAD SET LAST_SEQUENCE_NO = 10, LAST_HASH = (SELECT ENTRY_HASH FROM AUDIT_ENTRY WHERE SEQUENCE_NO = 10)");
        assertEquals("kingston: BROKEN at entry 11: the chain ends at entry 10 but entry 12 was recorded: entries were removed from the end",
                verify(VerifyAuditChains.BROKEN));
    }

    @Test
    void badArgumentsAndAnUnreachableDatabaseExitWithTwo() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(VerifyAuditChains.UNUSABLE, VerifyAuditChains.run(new String[0], quiet, quiet));
        assertEquals(VerifyAuditChains.UNUSABLE, VerifyAuditChains.run(new String[] {"--bogus"}, quiet, quiet));
        assertEquals(VerifyAuditChains.UNUSABLE, VerifyAuditChains.run(new String[] {"--jdbc-url", "jdbc:derby:memory:nothing-here"}, quiet, quiet));
    }
}
