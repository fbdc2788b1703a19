package org.pupilsupport.core.children.ctf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.pupilsupport.core.children.EnrolmentStatus;
import org.pupilsupport.core.children.NameTokens;
import org.pupilsupport.core.children.Postcode;
import org.pupilsupport.core.children.Sex;

/**
 * A Common Transfer File's pupils read and written as new children, against the floor a database sets.
 *
 * <p>What is timed, precisely: (1) "CTF": {@link CtfReader} streams a generated whole-school file (the
 * reader's own validation included), each sound pupil becomes the rows a new child has (CHILD, its name
 * tokens, current address, current single registration at the given school, former UPNs) and those rows go
 * to the database in JDBC batches, committed every {@value #PUPILS_PER_COMMIT} pupils; (2) "JDBC": the very
 * same rows, built beforehand, inserted the same way. The application's own import ({@code CtfImports}) also
 * looks for duplicates, audits and goes through the aggregate and EclipseLink; it needs the server's CDI
 * beans, so it is not what is timed here: the ratio shows what reading the file costs beside writing it.
 */
public final class CtfImportTiming {

    static final int PUPILS_PER_COMMIT = 500;

    /** Pupils a second by each way. */
    public record Result(int pupils, long rows, double ctfPupilsPerSecond, double jdbcPupilsPerSecond) {

        public double ratio() {
            return jdbcPupilsPerSecond / ctfPupilsPerSecond;
        }
    }

    /** The rows of one new child. */
    private record ChildRows(String id, String forename, String middle, String surname, String preferredForename, String preferredSurname,
            LocalDate dateOfBirth, String upn, String sex, String ethnicity, Set<String> tokens, String line1, String line2, String town,
            String postcode, List<String> formerUpns, LocalDate enrolledOn) {
    }

    private CtfImportTiming() {
    }

    /**
     * @param connection auto-commit off
     * @param schoolUrn  the receiving school, which must be in the register
     */
    public static Result time(Connection connection, int pupils, int schoolUrn, long seed) throws IOException, SQLException,
            CtfFileRejectedException {
        byte[] file = generated(pupils);
        CtfReader reader = new CtfReader(CtfReadingLimits.DEFAULT.withMaxFileBytes(1024L * 1024 * 1024));
        Instant now = Instant.parse("2026-11-29T09:00:00Z");

        // Warm-up of both ways on a tenth of the file's size, in boroughs of their own.
        byte[] warmUp = generated(Math.max(1, pupils / 10));
        // Each way draws its child ids from a seed of its own, so no two ways write the same id.
        readAndInsert(connection, reader, warmUp, "ctf-warm-up", schoolUrn, now, new Random(seed + 11));
        insert(connection, rowsOf(reader, warmUp, new Random(seed + 12)), "jdbc-warm-up", schoolUrn, now);

        List<ChildRows> prepared = rowsOf(reader, file, new Random(seed + 13));

        long ctfStarted = System.nanoTime();
        long rows = readAndInsert(connection, reader, file, "ctf-import", schoolUrn, now, new Random(seed + 14));
        double ctfSeconds = (System.nanoTime() - ctfStarted) / 1e9;

        long jdbcStarted = System.nanoTime();
        long jdbcRows = insert(connection, prepared, "ctf-jdbc", schoolUrn, now);
        double jdbcSeconds = (System.nanoTime() - jdbcStarted) / 1e9;
        if (rows != jdbcRows || prepared.size() != pupils) {
            throw new IllegalStateException("The two ways wrote different rows: " + rows + " and " + jdbcRows + " for " + prepared.size()
                    + " pupils of " + pupils);
        }
        return new Result(pupils, rows, pupils / ctfSeconds, pupils / jdbcSeconds);
    }

    private static byte[] generated(int pupils) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = CtfTestFiles.generated(pupils)) {
            in.transferTo(bytes);
        }
        return bytes.toByteArray();
    }

    private static List<ChildRows> rowsOf(CtfReader reader, byte[] file, Random ids) throws IOException, CtfFileRejectedException {
        List<ChildRows> rows = new ArrayList<>();
        reader.read(new java.io.ByteArrayInputStream(file), pupil -> {
            if (!pupil.isRejected()) {
                rows.add(rowsOf(pupil, ids));
            }
        });
        return rows;
    }

    private static long readAndInsert(Connection connection, CtfReader reader, byte[] file, String tenant, int schoolUrn, Instant now,
            Random ids) throws IOException, CtfFileRejectedException, SQLException {
        try (Statements statements = new Statements(connection)) {
            long[] rows = {0};
            int[] pupils = {0};
            reader.read(new java.io.ByteArrayInputStream(file), pupil -> {
                if (pupil.isRejected()) {
                    return;
                }
                try {
                    rows[0] += statements.add(rowsOf(pupil, ids), tenant, schoolUrn, now);
                    if (++pupils[0] % PUPILS_PER_COMMIT == 0) {
                        statements.executeAndCommit();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            statements.executeAndCommit();
            return rows[0];
        }
    }

    private static long insert(Connection connection, List<ChildRows> children, String tenant, int schoolUrn, Instant now)
            throws SQLException {
        try (Statements statements = new Statements(connection)) {
            long rows = 0;
            int pupils = 0;
            for (ChildRows child : children) {
                rows += statements.add(child, tenant, schoolUrn, now);
                if (++pupils % PUPILS_PER_COMMIT == 0) {
                    statements.executeAndCommit();
                }
            }
            statements.executeAndCommit();
            return rows;
        }
    }

    /** What a new child made from the pupil holds: the names, date of birth, UPN, address and registration. */
    private static ChildRows rowsOf(CtfPupil pupil, Random ids) {
        CtfPupilNames names = pupil.names();
        CtfAddress address = pupil.address();
        List<String> lines = address == null ? List.of() : address.lines();
        String postcode = null;
        if (address != null && address.postcode() != null) {
            try {
                postcode = Postcode.normalised(address.postcode());
            } catch (IllegalArgumentException foreign) {
                postcode = null;
            }
        }
        LocalDate enrolled = pupil.schoolHistory().isEmpty() ? LocalDate.of(2026, 9, 1) : pupil.schoolHistory().get(0).entryDate();
        String sex = switch (pupil.sex() == null ? "" : pupil.sex()) {
            case "F" -> Sex.FEMALE.name();
            case "M" -> Sex.MALE.name();
            default -> Sex.NOT_RECORDED.name();
        };
        return new ChildRows(new UUID(ids.nextLong(), ids.nextLong()).toString(), names.legalForename(), names.middleNames(),
                names.legalSurname(), names.preferredForename(), names.preferredSurname(), pupil.dateOfBirth(), pupil.upn().value(), sex,
                pupil.ethnicity(), NameTokens.of(names.legalForename(), names.middleNames(), names.legalSurname(), names.preferredForename(),
                        names.preferredSurname()),
                lines.isEmpty() ? null : lines.get(0), lines.size() > 1 ? lines.get(1) : null, lines.size() > 2 ? lines.get(lines.size() - 1)
                        : null, postcode, pupil.formerUpns().stream().map(upn -> upn.value()).toList(), enrolled);
    }

    /** The insert statements of a new child's tables, batched together. */
    private static final class Statements implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement child;
        private final PreparedStatement token;
        private final PreparedStatement address;
        private final PreparedStatement enrolment;
        private final PreparedStatement formerUpn;

        Statements(Connection connection) throws SQLException {
            this.connection = connection;
            this.child = connection.prepareStatement("INSERT INTO CHILD (ID, TENANT_ID, LEGAL_FORENAME, LEGAL_MIDDLE_NAMES, LEGAL_SURNAME,"
                    + " DATE_OF_BIRTH, UPN, SCHOOL_URN, CREATED_AT, VERSION, PREFERRED_FORENAME, PREFERRED_SURNAME, SEX, ETHNICITY_CODE)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)");
            this.token = connection.prepareStatement("INSERT INTO CHILD_NAME_TOKEN (CHILD_ID, TOKEN) VALUES (?, ?)");
            this.address = connection.prepareStatement("INSERT INTO CHILD_ADDRESS (CHILD_ID, ADDRESS_ID, LINE1, LINE2, TOWN, POSTCODE,"
                    + " FROM_DATE, TO_DATE) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)");
            this.enrolment = connection.prepareStatement("INSERT INTO CHILD_ENROLMENT (CHILD_ID, ENROLMENT_ID, SCHOOL_URN, STATUS,"
                    + " START_DATE, END_DATE) VALUES (?, ?, ?, ?, ?, NULL)");
            this.formerUpn = connection.prepareStatement("INSERT INTO CHILD_FORMER_UPN (CHILD_ID, VALUE, UNTIL_DATE) VALUES (?, ?, ?)");
        }

        /** @return the rows added */
        long add(ChildRows c, String tenant, int schoolUrn, Instant now) throws SQLException {
            long rows = 0;
            child.setString(1, c.id());
            child.setString(2, tenant);
            child.setString(3, c.forename());
            nullable(child, 4, c.middle());
            child.setString(5, c.surname());
            child.setDate(6, Date.valueOf(c.dateOfBirth()));
            child.setString(7, c.upn());
            child.setInt(8, schoolUrn);
            child.setTimestamp(9, Timestamp.from(now));
            nullable(child, 10, c.preferredForename());
            nullable(child, 11, c.preferredSurname());
            child.setString(12, c.sex());
            nullable(child, 13, c.ethnicity());
            child.addBatch();
            rows++;
            for (String each : c.tokens()) {
                token.setString(1, c.id());
                token.setString(2, each);
                token.addBatch();
                rows++;
            }
            if (c.line1() != null && c.postcode() != null) {
                address.setString(1, c.id());
                address.setString(2, c.id());
                address.setString(3, c.line1());
                nullable(address, 4, c.line2());
                nullable(address, 5, c.town());
                address.setString(6, c.postcode());
                address.setDate(7, Date.valueOf(LocalDate.of(2026, 9, 1)));
                address.addBatch();
                rows++;
            }
            enrolment.setString(1, c.id());
            enrolment.setString(2, c.id());
            enrolment.setInt(3, schoolUrn);
            enrolment.setString(4, EnrolmentStatus.CURRENT_SINGLE.name());
            enrolment.setDate(5, Date.valueOf(c.enrolledOn() == null ? LocalDate.of(2026, 9, 1) : c.enrolledOn()));
            enrolment.addBatch();
            rows++;
            for (String former : c.formerUpns()) {
                formerUpn.setString(1, c.id());
                formerUpn.setString(2, former);
                formerUpn.setDate(3, Date.valueOf(LocalDate.of(2026, 8, 31)));
                formerUpn.addBatch();
                rows++;
            }
            return rows;
        }

        void executeAndCommit() throws SQLException {
            child.executeBatch();
            token.executeBatch();
            address.executeBatch();
            enrolment.executeBatch();
            formerUpn.executeBatch();
            connection.commit();
        }

        @Override
        public void close() throws SQLException {
            child.close();
            token.close();
            address.close();
            enrolment.close();
            formerUpn.close();
        }
    }

    private static void nullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
