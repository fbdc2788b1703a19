package org.pupilsupport.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pupilsupport.core.startup.DatabaseMigrations;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Migration 0026 on trails written in the first format (reasons and details inside the hashed row), as every
 * installation before it has: the text moves beside the chain under a seal, the chain is rehashed and still
 * verifies, and a chain already broken is refused rather than laundered.
 */
class AuditResealMigrationTest {

    private static final Instant TEN = Instant.parse("2026-11-29T10:00:00Z");

    private final String url = "jdbc:derby:memory:reseal" + System.nanoTime();
    private Connection connection;
    private String previous = ChainHashing.GENESIS;

    @BeforeEach
    void schemaBefore0026() throws Exception {
        connection = DriverManager.getConnection(url + ";create=true");
        Map<String, Object> scope = Map.of("liquibase.analytics.enabled", Boolean.FALSE,
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(getClass().getClassLoader()));
        Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog/schema-before-0026.xml")
                .execute());
        connection.commit();
    }

    @AfterEach
    void drop() throws SQLException {
        connection.rollback();
        connection.close();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped database as an exception (SQLState 08006): that is the success case.
        }
    }

    /** An entry hashed as the first format did: reason and details in the chained content. */
    private void legacyEntry(long sequence, String reason, String details) throws SQLException {
        Instant at = TEN.plusSeconds(sequence);
        String content = ChainHashing.canonical(sequence, previous, at.toEpochMilli(), "kingston.officer", "officer", "UPDATE", "child",
                "child-1", reason, "request-" + sequence, "SUCCESS", "192.0.2.7", details);
        String hash = ChainHashing.sha256(content);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AUDIT_ENTRY (ID, TENANT_ID, SEQUENCE_NO, OCCURRED_AT, USERNAME,"
                + " ROLE_NAMES, ACTION, SUBJECT_TYPE, SUBJECT_ID, REASON, REQUEST_ID, OUTCOME, CLIENT_ADDRESS, DETAILS, PREVIOUS_HASH, ENTRY_HASH)"
                + " VALUES (?, 'kingston', ?, ?, 'kingston.officer', 'officer', 'UPDATE', 'child', 'child-1', ?, ?, 'SUCCESS', '192.0.2.7', ?, ?, ?)")) {
            insert.setString(1, "e" + sequence);
            insert.setLong(2, sequence);
            insert.setTimestamp(3, Timestamp.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDateTime()));
            insert.setString(4, reason);
            insert.setString(5, "request-" + sequence);
            insert.setString(6, details);
            insert.setString(7, previous);
            insert.setString(8, hash);
            insert.executeUpdate();
        }
        previous = hash;
    }

    private void legacyChainOfFive() throws SQLException {
        legacyEntry(1, null, null);
        legacyEntry(2, null, "surname: Quarrington -> Quarrington-Smith");
        legacyEntry(3, "safeguarding enquiry about Zebedee", null);
        String anchoredAtThree = previous;
        legacyEntry(4, null, null);
        legacyEntry(5, null, "postcode: KT1 1AA -> KT2 2BB");
        execute("INSERT INTO AUDIT_ANCHOR (ID, TENANT_ID, SEQUENCE_NO, HEAD_HASH, RECORDED_AT) VALUES ('a3', 'kingston', 3, '"
                + anchoredAtThree + "', CURRENT_TIMESTAMP)");
        execute("INSERT INTO AUDIT_CHAIN_HEAD (CHAIN_ID, TENANT_ID, LAST_SEQUENCE_NO, LAST_HASH) VALUES ('kingston', 'kingston', 5, '"
                + previous + "')");
        connection.commit();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private String single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

    @Test
    void anExistingTrailIsResealedAndStillVerifies() throws SQLException {
        legacyChainOfFive();
        String formerHead = previous;

        DatabaseMigrations.migrate(connection);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = VerifyAuditChains.verifyAll(connection, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals("kingston: intact, 5 entries", printed.toString(StandardCharsets.UTF_8).strip());
        assertEquals(VerifyAuditChains.INTACT, status);
        assertEquals("surname: Quarrington -> Quarrington-Smith", single("SELECT DETAILS FROM AUDIT_ENTRY_DETAIL WHERE ENTRY_ID = 'e2'"));
        assertEquals("safeguarding enquiry about Zebedee", single("SELECT REASON FROM AUDIT_ENTRY_DETAIL WHERE ENTRY_ID = 'e3'"));
        assertEquals("3", single("SELECT COUNT(*) FROM AUDIT_ENTRY_DETAIL"), "only entries with text get a detail");
        assertEquals("3", single("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE DETAILS_SEAL IS NOT NULL"));
        assertEquals(formerHead, single("SELECT FORMER_HEAD_HASH FROM AUDIT_CHAIN_RESEAL WHERE TENANT_ID = 'kingston'"));
        assertEquals(single("SELECT ENTRY_HASH FROM AUDIT_ENTRY WHERE SEQUENCE_NO = 3"), single("SELECT HEAD_HASH FROM AUDIT_ANCHOR"),
                "the anchor follows its entry's new hash");
        assertFalse(formerHead.equals(single("SELECT LAST_HASH FROM AUDIT_CHAIN_HEAD")));
        assertThrows(SQLException.class, () -> single("SELECT DETAILS FROM AUDIT_ENTRY"), "the chained row no longer has the text");
        assertThrows(SQLException.class, () -> execute("UPDATE AUDIT_ENTRY SET USERNAME = 'x'"), "the chain is append only again");
    }

    @Test
    void aChainAlreadyBrokenIsNotResealed() throws SQLException {
        legacyChainOfFive();
        execute("DROP TRIGGER AUDIT_ENTRY_NO_UPDATE");
        execute("UPDATE AUDIT_ENTRY SET DETAILS = 'surname: Quarrington -> Smith' WHERE SEQUENCE_NO = 2");
        execute("CREATE TRIGGER AUDIT_ENTRY_NO_UPDATE AFTER UPDATE ON AUDIT_ENTRY FOR EACH STATEMENT INSERT INTO AUDIT_APPEND_ONLY_GUARD VALUES (NULL)");
        connection.commit();

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DatabaseMigrations.migrate(connection));
        assertTrue(refused.getMessage().contains("The audit chain of kingston is broken at entry 2"), refused.getMessage());
        connection.rollback();
        assertEquals("surname: Quarrington -> Smith", single("SELECT DETAILS FROM AUDIT_ENTRY WHERE SEQUENCE_NO = 2"),
                "the evidence is left as it was found");
        assertThrows(SQLException.class, () -> execute("UPDATE AUDIT_ENTRY SET USERNAME = 'x'"), "its protection too");
        assertThrows(SQLException.class, () -> single("SELECT COUNT(*) FROM AUDIT_ENTRY_DETAIL"), "no half-made migration");
    }
}
