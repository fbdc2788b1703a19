package org.pupilsupport.core.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * Command-line verifier of every audit chain in a database, for an auditor or an operator who does not
 * want to trust the running application: it reads the tables with plain JDBC and checks each chain against
 * its anchors and head. With embedded Derby, stop the server first (Derby allows one process at a time).
 *
 * <pre>
 * java -cp "core.jar:plugin-api.jar:JDBC-DRIVER.jar" org.pupilsupport.core.audit.VerifyAuditChains \
 *      --jdbc-url jdbc:postgresql://127.0.0.1:5432/pupilsupport [--user NAME] [--password-env VARIABLE]
 * </pre>
 *
 * Exit status: 0 every chain intact, 1 a chain is broken, 2 bad arguments or no database.
 */
public final class VerifyAuditChains {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int UNUSABLE = 2;

    private VerifyAuditChains() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String url = null;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--jdbc-url" -> url = value;
                case "--user" -> user = value;
                case "--password-env" -> password = value == null ? null : System.getenv(value);
                default -> {
                    err.println("Unknown argument " + args[i]);
                    return usage(err);
                }
            }
            i++;
        }
        if (url == null) {
            return usage(err);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return verifyAll(connection, out);
        } catch (SQLException e) {
            err.println("Cannot read the audit tables at " + url + ": " + e.getMessage());
            return UNUSABLE;
        }
    }

    /**
     * Verifies every chain in the database, printing one line per chain.
     *
     * @return {@link #INTACT} or {@link #BROKEN}
     */
    public static int verifyAll(Connection connection, PrintStream out) throws SQLException {
        boolean allIntact = true;
        for (String chain : chains(connection)) {
            ChainVerification.Result result = ChainVerification.verify(entries(connection, chain), checkpoints(connection, chain));
            if (result.intact()) {
                out.println(chain + ": intact, " + result.entriesChecked() + " entries");
            } else {
                allIntact = false;
                out.println(chain + ": BROKEN at entry " + result.brokenAt() + ": " + result.problem());
            }
        }
        return allIntact ? INTACT : BROKEN;
    }

    private static int usage(PrintStream err) {
        err.println("Usage: VerifyAuditChains --jdbc-url URL [--user NAME] [--password-env VARIABLE]");
        return UNUSABLE;
    }

    private static List<String> chains(Connection connection) throws SQLException {
        TreeSet<String> chains = new TreeSet<>();
        for (String sql : List.of("SELECT DISTINCT TENANT_ID FROM AUDIT_CHAIN_HEAD", "SELECT DISTINCT TENANT_ID FROM AUDIT_ENTRY")) {
            try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    chains.add(rows.getString(1));
                }
            }
        }
        return new ArrayList<>(chains);
    }

    private static List<ChainVerification.Checkpoint> checkpoints(Connection connection, String chain) throws SQLException {
        List<ChainVerification.Checkpoint> checkpoints = new ArrayList<>();
        for (String sql : List.of("SELECT SEQUENCE_NO, HEAD_HASH FROM AUDIT_ANCHOR WHERE TENANT_ID = ? ORDER BY SEQUENCE_NO",
                "SELECT LAST_SEQUENCE_NO, LAST_HASH FROM AUDIT_CHAIN_HEAD WHERE TENANT_ID = ?")) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, chain);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        checkpoints.add(new ChainVerification.Checkpoint(rows.getLong(1), rows.getString(2)));
                    }
                }
            }
        }
        return checkpoints;
    }

    /** Entries are read row by row as the verifier asks for them, so a chain of millions is never held in memory. */
    private static Iterator<ChainedEntry> entries(Connection connection, String chain) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT e.SEQUENCE_NO, e.PREVIOUS_HASH, e.ENTRY_HASH, e.OCCURRED_AT,"
                + " e.USERNAME, e.ROLE_NAMES, e.ACTION, e.SUBJECT_TYPE, e.SUBJECT_ID, e.REQUEST_ID, e.OUTCOME, e.CLIENT_ADDRESS,"
                + " e.DETAILS_SEAL, d.ENTRY_ID AS DETAIL_ID, d.SALT, d.REASON, d.DETAILS, d.ERASURE_ID"
                + " FROM AUDIT_ENTRY e LEFT JOIN AUDIT_ENTRY_DETAIL d ON d.ENTRY_ID = e.ID"
                + " WHERE e.TENANT_ID = ? ORDER BY e.SEQUENCE_NO");
        statement.setFetchSize(1000);
        statement.setString(1, chain);
        ResultSet rows = statement.executeQuery();
        return new Iterator<>() {
            private Boolean hasNext;

            @Override
            public boolean hasNext() {
                if (hasNext == null) {
                    try {
                        hasNext = rows.next();
                        if (!hasNext) {
                            statement.close();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("Reading the audit chain of " + chain + " failed: " + e.getMessage(), e);
                    }
                }
                return hasNext;
            }

            @Override
            public ChainedEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                hasNext = null;
                try {
                    return row(rows);
                } catch (SQLException e) {
                    throw new IllegalStateException("Reading the audit chain of " + chain + " failed: " + e.getMessage(), e);
                }
            }
        };
    }

    private record StoredEntry(long sequenceNumber, String previousHash, String entryHash, String canonicalContent, String detailsSeal,
            Detail storedDetail, String erasureRecorded) implements ChainedEntry {
    }

    private static ChainedEntry row(ResultSet rows) throws SQLException {
        long sequence = rows.getLong("SEQUENCE_NO");
        String previous = rows.getString("PREVIOUS_HASH");
        // Stored as UTC wall-clock time (see UtcTimestampConverter): read it without this JVM's zone.
        Instant occurred = rows.getTimestamp("OCCURRED_AT").toLocalDateTime().toInstant(ZoneOffset.UTC);
        String seal = rows.getString("DETAILS_SEAL");
        String content = AuditEntry.canonicalContent(sequence, previous, occurred, rows.getString("USERNAME"),
                rows.getString("ROLE_NAMES"), rows.getString("ACTION"), rows.getString("SUBJECT_TYPE"), rows.getString("SUBJECT_ID"),
                rows.getString("REQUEST_ID"), rows.getString("OUTCOME"), rows.getString("CLIENT_ADDRESS"), seal);
        ChainedEntry.Detail detail = rows.getString("DETAIL_ID") == null ? null
                : new ChainedEntry.Detail(rows.getString("SALT"), rows.getString("REASON"), rows.getString("DETAILS"), rows.getString("ERASURE_ID"));
        return new StoredEntry(sequence, previous, rows.getString("ENTRY_HASH"), content, seal, detail,
                AuditEntry.erasureRecorded(rows.getString("ACTION"), rows.getString("SUBJECT_TYPE"), rows.getString("SUBJECT_ID")));
    }
}
