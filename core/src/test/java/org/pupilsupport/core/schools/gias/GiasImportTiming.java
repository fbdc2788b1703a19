package org.pupilsupport.core.schools.gias;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolDetails;
import org.pupilsupport.core.schools.SchoolField;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * The GIAS refresh's speed against the floor a database sets: the same generated extract loaded once by the
 * real {@link SchoolRegisterRefresh} (reading the file, one key look-up and one persist per school through
 * EclipseLink, {@value SchoolRegisterRefresh#ROWS_PER_TRANSACTION} rows per transaction) and once by a plain
 * JDBC batch insert of the already-read rows into a copy of the SCHOOL table with the same key and indexes,
 * committed as often. For {@code ChildSearchBenchmark}; the ratio of the two is the figure that travels.
 */
public final class GiasImportTiming {

    /** Rows a second by each way, and how many rows each loaded. */
    public record Result(int rows, double refreshRowsPerSecond, double jdbcRowsPerSecond, double readRowsPerSecond) {

        public double ratio() {
            return jdbcRowsPerSecond / refreshRowsPerSecond;
        }
    }

    private static final Instant REFRESHED_AT = Instant.parse("2026-11-29T06:00:00Z");

    private GiasImportTiming() {
    }

    /**
     * @param factory    entity managers on the same database as the connection; the register must hold none of
     *                   the generated URNs (100000 upwards)
     * @param connection auto-commit off
     */
    public static Result time(EntityManagerFactory factory, Connection connection, int rows, long seed) throws IOException, SQLException {
        byte[] extract = new GiasExtractGenerator(seed, rows).bytes();

        // Reading alone, so the refresh's figure can be split into reading and writing.
        long readStarted = System.nanoTime();
        List<GiasRow.Establishment> read = read(extract);
        double readSeconds = seconds(readStarted);

        SchoolRegisterRefresh refresh = new SchoolRegisterRefresh();
        refresh.batches = new LocalTransactionBatches(factory);
        refresh.clock = Clock.fixed(REFRESHED_AT, ZoneOffset.UTC);
        long refreshStarted = System.nanoTime();
        RefreshReport report = refresh.refresh(new ByteArrayInputStream(extract), extract.length, RefreshProgressListener.IGNORE);
        double refreshSeconds = seconds(refreshStarted);
        if (!report.complete() || report.added() != read.size()) {
            throw new IllegalStateException("The refresh did not add every generated school: " + report.summary());
        }

        createCopyOfSchoolTable(connection);
        long jdbcStarted = System.nanoTime();
        insertByJdbc(connection, read);
        double jdbcSeconds = seconds(jdbcStarted);
        dropCopy(connection);

        return new Result(read.size(), read.size() / refreshSeconds, read.size() / jdbcSeconds, read.size() / readSeconds);
    }

    private static List<GiasRow.Establishment> read(byte[] extract) throws IOException {
        List<GiasRow.Establishment> rows = new ArrayList<>();
        GiasExtractReader reader = GiasExtractReader.open(new ByteArrayInputStream(extract));
        for (GiasRow row = reader.next(); row != null; row = reader.next()) {
            if (row instanceof GiasRow.Establishment establishment) {
                rows.add(establishment);
            }
        }
        return rows;
    }

    /** The same columns, key and indexes as SCHOOL (0001 and 0005), so the floor pays for the same index upkeep. */
    private static void createCopyOfSchoolTable(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE SCHOOL_JDBC_COPY AS SELECT * FROM SCHOOL WITH NO DATA");
            ddl.execute("ALTER TABLE SCHOOL_JDBC_COPY ADD CONSTRAINT PK_SCHOOL_JDBC_COPY PRIMARY KEY (URN)");
            ddl.execute("CREATE INDEX IX_SCHOOL_JDBC_COPY_LA ON SCHOOL_JDBC_COPY (LA_CODE)");
            ddl.execute("CREATE INDEX IX_SCHOOL_JDBC_COPY_NAME ON SCHOOL_JDBC_COPY (NAME_FOR_SEARCH)");
            ddl.execute("CREATE INDEX IX_SCHOOL_JDBC_COPY_POSTCODE ON SCHOOL_JDBC_COPY (POSTCODE)");
        }
        connection.commit();
    }

    private static void dropCopy(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE SCHOOL_JDBC_COPY");
        }
        connection.commit();
    }

    private static void insertByJdbc(Connection connection, List<GiasRow.Establishment> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SCHOOL_JDBC_COPY (URN, LA_CODE, LA_NAME,"
                + " ESTABLISHMENT_NUMBER, NAME, UKPRN, ESTABLISHMENT_STATUS, OPEN_DATE, CLOSE_DATE, PHASE, ESTABLISHMENT_TYPE,"
                + " ESTABLISHMENT_TYPE_GROUP, STATUTORY_LOW_AGE, STATUTORY_HIGH_AGE, STREET, LOCALITY, TOWN, POSTCODE,"
                + " NUMBER_OF_PUPILS, NAME_FOR_SEARCH, REFRESHED_FROM_GIAS_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int inBatch = 0;
            for (GiasRow.Establishment row : rows) {
                SchoolDetails d = row.details();
                insert.setInt(1, row.urn());
                insert.setString(2, d.laCode());
                insert.setString(3, d.laName());
                insert.setString(4, d.establishmentNumber());
                insert.setString(5, d.name());
                insert.setString(6, d.ukprn());
                insert.setString(7, d.statusName());
                setDate(insert, 8, d.openDate());
                setDate(insert, 9, d.closeDate());
                insert.setString(10, d.phase());
                insert.setString(11, d.type());
                insert.setString(12, d.typeGroup());
                setInteger(insert, 13, d.statutoryLowAge());
                setInteger(insert, 14, d.statutoryHighAge());
                insert.setString(15, d.street());
                insert.setString(16, d.locality());
                insert.setString(17, d.town());
                insert.setString(18, d.postcode());
                setInteger(insert, 19, d.numberOfPupils());
                insert.setString(20, School.searchable(d.name()));
                insert.setTimestamp(21, Timestamp.from(REFRESHED_AT));
                insert.addBatch();
                if (++inBatch == SchoolRegisterRefresh.ROWS_PER_TRANSACTION) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Each batch in a local transaction of its own, as REQUIRES_NEW gives it in the server. */
    private static final class LocalTransactionBatches extends SchoolRegisterBatches {

        private final EntityManagerFactory factory;

        LocalTransactionBatches(EntityManagerFactory factory) {
            this.factory = factory;
        }

        @Override
        public BatchResult apply(List<GiasRow.Establishment> rows, Set<SchoolField> fieldsNotInFile, Instant refreshedAt) {
            EntityManager em = factory.createEntityManager();
            EntityTransaction transaction = em.getTransaction();
            try {
                transaction.begin();
                entityManager = em;
                BatchResult result = super.apply(rows, fieldsNotInFile, refreshedAt);
                transaction.commit();
                return result;
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                em.close();
            }
        }
    }
}
