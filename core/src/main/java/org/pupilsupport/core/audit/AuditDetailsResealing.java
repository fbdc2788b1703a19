package org.pupilsupport.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Migration 0026: moves every existing entry's reason and details out of the chain into its sealed detail, and
 * rehashes each chain to the second format. Each chain is first verified in its first format, and a broken
 * chain stops the migration (and so the server's start): resealing it would launder the tampering. The former
 * head of each chain is kept in AUDIT_CHAIN_RESEAL, so an anchor copied elsewhere before the migration can
 * still be matched to the chain it described.
 */
public class AuditDetailsResealing implements CustomTaskChange {

    private static final int PAGE = 1000;

    private int entriesResealed;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            for (String chain : chains(connection)) {
                entriesResealed += reseal(connection, chain);
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Resealing the audit chains failed: " + e.getMessage(), e);
        }
    }

    private static List<String> chains(Connection connection) throws SQLException {
        List<String> chains = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT TENANT_ID FROM AUDIT_ENTRY ORDER BY TENANT_ID");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                chains.add(rows.getString(1));
            }
        }
        return chains;
    }

    private record LegacyEntry(String id, long sequence, String previousHash, String entryHash, Instant occurredAt, String username,
            String roleNames, String action, String subjectType, String subjectId, String reason, String requestId, String outcome,
            String clientAddress, String details) {

        String legacyContent() {
            return ChainHashing.canonical(sequence, previousHash, occurredAt.toEpochMilli(), username, roleNames, action, subjectType,
                    subjectId, reason, requestId, outcome, clientAddress, details);
        }
    }

    private static int reseal(Connection connection, String chain) throws SQLException, CustomChangeException {
        Map<Long, String> anchors = anchors(connection, chain);
        Map<Long, String> resealedAnchors = new HashMap<>();
        String legacyPrevious = ChainHashing.GENESIS;
        String newPrevious = ChainHashing.GENESIS;
        long expected = 1;
        long after = 0;
        while (true) {
            List<LegacyEntry> page = page(connection, chain, after);
            if (page.isEmpty()) {
                break;
            }
            for (LegacyEntry entry : page) {
                if (entry.sequence() != expected || !entry.previousHash().equals(legacyPrevious)
                        || !ChainHashing.sha256(entry.legacyContent()).equals(entry.entryHash())) {
                    throw new CustomChangeException("The audit chain of " + chain + " is broken at entry " + expected
                            + ". It was not resealed: investigate the tampering first (run VerifyAuditChains from the previous release).");
                }
                legacyPrevious = entry.entryHash();
                String seal = null;
                if (entry.reason() != null || entry.details() != null) {
                    String salt = AuditEntryDetail.newSalt();
                    seal = AuditEntryDetail.seal(salt, entry.reason(), entry.details());
                    insertDetail(connection, chain, entry, salt);
                }
                String newHash = ChainHashing.sha256(AuditEntry.canonicalContent(entry.sequence(), newPrevious, entry.occurredAt(),
                        entry.username(), entry.roleNames(), entry.action(), entry.subjectType(), entry.subjectId(), entry.requestId(),
                        entry.outcome(), entry.clientAddress(), seal));
                rewrite(connection, entry.id(), newPrevious, newHash, seal);
                if (anchors.containsKey(entry.sequence())) {
                    if (!anchors.get(entry.sequence()).equals(entry.entryHash())) {
                        throw new CustomChangeException("The audit chain of " + chain + " differs from its anchor at entry " + entry.sequence()
                                + ". It was not resealed: investigate the tampering first.");
                    }
                    resealedAnchors.put(entry.sequence(), newHash);
                }
                newPrevious = newHash;
                after = entry.sequence();
                expected++;
            }
        }
        long last = expected - 1;
        for (long anchored : anchors.keySet()) {
            if (anchored > last) {
                throw new CustomChangeException("The audit chain of " + chain + " ends at entry " + last + " but entry " + anchored
                        + " was anchored. It was not resealed: investigate the tampering first.");
            }
        }
        for (Map.Entry<Long, String> anchor : resealedAnchors.entrySet()) {
            update(connection, "UPDATE AUDIT_ANCHOR SET HEAD_HASH = ? WHERE TENANT_ID = ? AND SEQUENCE_NO = ?", anchor.getValue(), chain,
                    anchor.getKey());
        }
        int heads = update(connection, "UPDATE AUDIT_CHAIN_HEAD SET LAST_HASH = ? WHERE TENANT_ID = ? AND LAST_SEQUENCE_NO = ?",
                newPrevious, chain, last);
        if (heads != 1) {
            throw new CustomChangeException("The audit chain head of " + chain + " does not stand at its last entry " + last
                    + ". It was not resealed: investigate first.");
        }
        try (PreparedStatement record = connection.prepareStatement("INSERT INTO AUDIT_CHAIN_RESEAL (TENANT_ID, RESEALED_AT, ENTRIES,"
                + " FORMER_HEAD_HASH, HEAD_HASH) VALUES (?, ?, ?, ?, ?)")) {
            record.setString(1, chain);
            record.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            record.setLong(3, last);
            record.setString(4, legacyPrevious);
            record.setString(5, newPrevious);
            record.executeUpdate();
        }
        return (int) last;
    }

    private static Map<Long, String> anchors(Connection connection, String chain) throws SQLException {
        Map<Long, String> anchors = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT SEQUENCE_NO, HEAD_HASH FROM AUDIT_ANCHOR WHERE TENANT_ID = ?"
                + " UNION SELECT LAST_SEQUENCE_NO, LAST_HASH FROM AUDIT_CHAIN_HEAD WHERE TENANT_ID = ?")) {
            statement.setString(1, chain);
            statement.setString(2, chain);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(1) > 0) {
                        anchors.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
        }
        return anchors;
    }

    /** A page at a time, read whole before it is rewritten, so no cursor stays open over rows being updated. */
    private static List<LegacyEntry> page(Connection connection, String chain, long after) throws SQLException {
        List<LegacyEntry> page = new ArrayList<>(PAGE);
        try (PreparedStatement statement = connection.prepareStatement("SELECT ID, SEQUENCE_NO, PREVIOUS_HASH, ENTRY_HASH, OCCURRED_AT,"
                + " USERNAME, ROLE_NAMES, ACTION, SUBJECT_TYPE, SUBJECT_ID, REASON, REQUEST_ID, OUTCOME, CLIENT_ADDRESS, DETAILS"
                + " FROM AUDIT_ENTRY WHERE TENANT_ID = ? AND SEQUENCE_NO > ? ORDER BY SEQUENCE_NO FETCH FIRST " + PAGE + " ROWS ONLY")) {
            statement.setString(1, chain);
            statement.setLong(2, after);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    page.add(new LegacyEntry(rows.getString("ID"), rows.getLong("SEQUENCE_NO"), rows.getString("PREVIOUS_HASH").strip(),
                            rows.getString("ENTRY_HASH").strip(), rows.getTimestamp("OCCURRED_AT").toLocalDateTime().toInstant(ZoneOffset.UTC),
                            rows.getString("USERNAME"), rows.getString("ROLE_NAMES"), rows.getString("ACTION"), rows.getString("SUBJECT_TYPE"),
                            rows.getString("SUBJECT_ID"), rows.getString("REASON"), rows.getString("REQUEST_ID"), rows.getString("OUTCOME"),
                            rows.getString("CLIENT_ADDRESS"), rows.getString("DETAILS")));
                }
            }
        }
        return page;
    }

    private static void insertDetail(Connection connection, String chain, LegacyEntry entry, String salt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO AUDIT_ENTRY_DETAIL (ENTRY_ID, TENANT_ID, SALT, REASON, DETAILS) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, entry.id());
            insert.setString(2, chain);
            insert.setString(3, salt);
            insert.setString(4, entry.reason());
            insert.setString(5, entry.details());
            insert.executeUpdate();
        }
    }

    private static void rewrite(Connection connection, String id, String previousHash, String entryHash, String seal) throws SQLException {
        update(connection, "UPDATE AUDIT_ENTRY SET PREVIOUS_HASH = ?, ENTRY_HASH = ?, DETAILS_SEAL = ? WHERE ID = ?", previousHash, entryHash,
                seal, id);
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Resealed " + entriesResealed + " audit entries: reasons and details now sit beside the chain, sealed by hash";
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
