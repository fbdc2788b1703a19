package org.pupilsupport.core.schools.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pupilsupport.core.schools.EstablishmentStatus;
import org.pupilsupport.core.schools.FieldChange;
import org.pupilsupport.core.schools.InMemoryDatabase;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolField;

/**
 * The refresh against a real Derby database with the real schema, each batch in a local transaction of its
 * own as the server runs it in a JTA one.
 */
class SchoolRegisterRefreshTest {

    private static final String HEADING = "URN,LA (code),LA (name),EstablishmentName,EstablishmentStatus (name),CloseDate,Postcode,NumberOfPupils\r\n";
    private static final Instant FIRST = Instant.parse("2026-09-01T06:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-30T06:00:00Z");

    private static InMemoryDatabase database;
    private final BatchPerTransaction batches = new BatchPerTransaction();

    @BeforeAll
    static void createDatabase() {
        database = new InMemoryDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyRegister() {
        database.removeEverySchool();
    }

    @Test
    void aFirstLoadAddsEverySoundRowClosedSchoolsIncludedAndReportsTheRest() throws IOException {
        RefreshReport report = refresh(FIRST, GiasExtractReaderTest.sample());

        assertTrue(report.complete());
        assertEquals("windows-1252", report.encoding());
        assertEquals(8, report.rowsRead());
        assertEquals(5, report.added());
        assertEquals(0, report.changed());
        assertEquals(0, report.closedInThisRefresh(), "a school first seen closed was not closed by this refresh");
        assertEquals(3, report.rejected());
        assertEquals(List.of(7L, 8L, 10L), report.rejectedRows().stream().map(GiasRow.Rejected::line).toList());
        assertEquals(new NewSchool(140004, "Surbiton Hill Junior School", "Closed"), report.addedSchools().get(3));
        School stTherese = school(140001);
        assertEquals("St Thérèse's Catholic Primary School", stTherese.name());
        assertEquals(FIRST, stTherese.refreshedFromGiasAt());
        assertEquals(EstablishmentStatus.CLOSED, school(140004).status());
        assertEquals("Refresh complete: 5 schools added, 0 changed, 0 unchanged, 3 rows rejected.", report.summary());
    }

    @Test
    void theSameFileAgainChangesNothingButWhenEachSchoolWasLastRefreshed() throws IOException {
        refresh(FIRST, GiasExtractReaderTest.sample());

        RefreshReport again = refresh(LATER, GiasExtractReaderTest.sample());

        assertEquals(0, again.added());
        assertEquals(0, again.changed());
        assertEquals(5, again.unchanged());
        assertEquals(LATER, school(140001).refreshedFromGiasAt());
    }

    @Test
    void aRefreshReportsEachChangeAndTheSchoolsItClosed() {
        refresh(FIRST, csv(HEADING
                + "140001,314,Kingston upon Thames,St Thérèse's Catholic Primary School,Open,,KT1 2AB,187\r\n"
                + "140002,314,Kingston upon Thames,Latchmere School,Open,,KT2 5TT,420\r\n"
                + "140003,314,Kingston upon Thames,Tolworth Infant School,\"Open, but proposed to close\",,KT6 7LQ,150\r\n"));

        RefreshReport report = refresh(LATER, csv(HEADING
                + "140001,314,Kingston upon Thames,St Thérèse's Catholic Primary School,Open,,KT1 2AB,201\r\n"
                + "140002,314,Kingston upon Thames,Latchmere Academy,Open,,KT2 5TT,420\r\n"
                + "140003,314,Kingston upon Thames,Tolworth Infant School,Closed,31-08-2026,KT6 7LQ,\r\n"
                + "140009,314,Kingston upon Thames,Tolworth Primary School,Open,,KT6 7LQ,300\r\n"));

        assertEquals(1, report.added());
        assertEquals(3, report.changed());
        assertEquals(0, report.unchanged());
        assertEquals(1, report.closedInThisRefresh());
        assertEquals(List.of(
                new SchoolChange(140001, "St Thérèse's Catholic Primary School", List.of(new FieldChange(SchoolField.NUMBER_OF_PUPILS, "187", "201"))),
                new SchoolChange(140002, "Latchmere Academy", List.of(new FieldChange(SchoolField.NAME, "Latchmere School", "Latchmere Academy"))),
                new SchoolChange(140003, "Tolworth Infant School", List.of(
                        new FieldChange(SchoolField.STATUS, "Open, but proposed to close", "Closed"),
                        new FieldChange(SchoolField.CLOSE_DATE, null, "31 August 2026"),
                        new FieldChange(SchoolField.NUMBER_OF_PUPILS, "150", null)))),
                report.changedSchools());
        assertEquals(Map.of(SchoolField.NUMBER_OF_PUPILS, 2, SchoolField.NAME, 1, SchoolField.STATUS, 1, SchoolField.CLOSE_DATE, 1),
                report.changesByField());
        assertEquals(LocalDate.of(2026, 8, 31), school(140003).details().closeDate());
        assertEquals("Latchmere Academy", school(140002).name());
        assertTrue(report.summary().startsWith("Refresh complete: 1 school added, 3 changed (1 of them now closed), 0 unchanged, 0 rows rejected."),
                report.summary());
    }

    @Test
    void detailsTheFileHasNoColumnForAreLeftAsTheyWere() {
        refresh(FIRST, csv(HEADING + "140001,314,Kingston upon Thames,Latchmere School,Open,,KT2 5TT,420\r\n"));

        RefreshReport report = refresh(LATER, csv("URN,LA (code),EstablishmentName,EstablishmentStatus (name)\r\n140001,314,Latchmere School,Open\r\n"));

        assertEquals(1, report.unchanged());
        assertEquals("KT2 5TT", school(140001).details().postcode());
        assertEquals("Kingston upon Thames", school(140001).details().laName());
        assertTrue(report.fieldsNotInFile().contains(SchoolField.POSTCODE));
        assertTrue(report.summary().contains("The file had no column for LA name, "), report.summary());
    }

    @Test
    void inventedSchoolsAreLeftAloneEvenIfAFileNamesThem() {
        database.inTransaction(em -> {
            em.persist(new School(991400, "314", "2000", "Oakfield Primary School", "Primary", "Community school"));
            return null;
        });

        RefreshReport report = refresh(LATER, csv(HEADING + "991400,314,Kingston upon Thames,Not The Demo School,Closed,,,\r\n"));

        assertEquals(0, report.added() + report.changed());
        assertEquals(List.of("URNs from 990000 up are kept for invented (demo) schools, which GIAS does not publish, so this row was left out"),
                report.rejectedRows().stream().map(GiasRow.Rejected::reason).toList());
        School demo = school(991400);
        assertEquals("Oakfield Primary School", demo.name());
        assertNull(demo.refreshedFromGiasAt());
    }

    @Test
    void aUrnRepeatedInTheFileIsTakenOnceFromItsFirstRow() {
        RefreshReport report = refresh(FIRST, csv(HEADING
                + "140001,314,Kingston upon Thames,Latchmere School,Open,,,\r\n"
                + "140001,314,Kingston upon Thames,Latchmere Academy,Open,,,\r\n"));

        assertEquals(1, report.added());
        assertEquals("The URN appears again: the row on line 2 was used", report.rejectedRows().get(0).reason());
        assertEquals("Latchmere School", school(140001).name());
    }

    @Test
    void aFileWithoutARequiredColumnChangesNothing() {
        assertThrows(GiasFileException.class, () -> refresh(FIRST, csv("URN,EstablishmentName\r\n140001,Latchmere School\r\n")));

        assertEquals(0, batches.calls);
    }

    @Test
    void progressIsToldAfterEachBatchWithTheBytesReadAndOnceAtTheEnd() throws IOException {
        byte[] file = new GiasExtractGenerator(7, 25).bytes();
        List<RefreshProgress> told = new ArrayList<>();

        refresh(FIRST, 10, new ByteArrayInputStream(file), file.length, told::add);

        assertEquals(List.of(10L, 20L, 25L, 25L), told.stream().map(RefreshProgress::rowsRead).toList());
        assertTrue(told.stream().allMatch(progress -> progress.totalBytes() == file.length));
        assertFalse(told.get(2).finished());
        RefreshProgress last = told.get(told.size() - 1);
        assertTrue(last.finished());
        assertEquals(file.length, last.bytesRead());
        assertEquals(100, last.percentDone().getAsInt());
    }

    @Test
    void aFailurePartWayLeavesEarlierBatchesAppliedAndARunAgainFinishesTheJob() throws IOException {
        byte[] file = new GiasExtractGenerator(11, 30).bytes();
        batches.failOnCall = 2;

        RefreshStoppedException stopped = assertThrows(RefreshStoppedException.class,
                () -> refresh(FIRST, 10, new ByteArrayInputStream(file), file.length, RefreshProgressListener.IGNORE));

        assertEquals("The register could not be updated with the rows after line 11 (the server log has the details)."
                + " The rows up to line 11 were applied: run the refresh again with the same file to finish it.", stopped.getMessage());
        RefreshReport soFar = stopped.reportSoFar();
        assertFalse(soFar.complete());
        assertEquals(10, soFar.added());
        assertTrue(soFar.summary().startsWith("Refresh stopped part way: 10 schools added"), soFar.summary());
        assertEquals(10L, countSchools());

        batches.failOnCall = 0;
        RefreshReport again = refresh(LATER, 10, new ByteArrayInputStream(file), file.length, RefreshProgressListener.IGNORE);

        assertEquals(20, again.added());
        assertEquals(10, again.unchanged());
        assertEquals(30L, countSchools());
    }

    @Test
    void interruptingTheThreadCancelsBeforeTheNextBatch() throws IOException {
        byte[] file = new GiasExtractGenerator(3, 30).bytes();
        RefreshStoppedException stopped;
        try {
            stopped = assertThrows(RefreshStoppedException.class, () -> refresh(FIRST, 10,
                    new ByteArrayInputStream(file), file.length, progress -> Thread.currentThread().interrupt()));
        } finally {
            // Derby closes the connection of an interrupted thread, so clear the flag before looking.
            Thread.interrupted();
        }

        assertEquals("The refresh was cancelled at line 21. The rows up to line 11 were applied: run the refresh again with the same"
                + " file to finish it.", stopped.getMessage());
        assertEquals(10L, countSchools());
    }

    @Test
    void oneRefreshAtATime() throws IOException {
        SchoolRegisterRefresh refresh = refreshAt(FIRST, 10);
        byte[] file = new GiasExtractGenerator(5, 20).bytes();
        List<Exception> refusals = new ArrayList<>();

        refresh.refresh(new ByteArrayInputStream(file), file.length, progress -> {
            if (!progress.finished()) {
                refusals.add(assertThrows(IllegalStateException.class, () -> refresh.refresh(csv(HEADING), -1, RefreshProgressListener.IGNORE)));
            }
        });

        assertFalse(refusals.isEmpty());
        assertEquals("The school register is already being refreshed. Wait for that refresh to finish, then try again.", refusals.get(0).getMessage());
        assertInstanceOf(RefreshReport.class, refresh.refresh(new ByteArrayInputStream(file), file.length, RefreshProgressListener.IGNORE),
                "the next refresh may start once the first has finished");
    }

    private RefreshReport refresh(Instant at, InputStream file) {
        return refresh(at, SchoolRegisterRefresh.ROWS_PER_TRANSACTION, file, -1, RefreshProgressListener.IGNORE);
    }

    private RefreshReport refresh(Instant at, int rowsPerTransaction, InputStream file, long size, RefreshProgressListener listener) {
        return refreshAt(at, rowsPerTransaction).refresh(file, size, listener);
    }

    private SchoolRegisterRefresh refreshAt(Instant at, int rowsPerTransaction) {
        SchoolRegisterRefresh refresh = new SchoolRegisterRefresh();
        refresh.batches = batches;
        refresh.clock = Clock.fixed(at, ZoneOffset.UTC);
        refresh.rowsPerTransaction = rowsPerTransaction;
        return refresh;
    }

    private School school(int urn) {
        return database.inTransaction(em -> em.find(School.class, urn));
    }

    private long countSchools() {
        return database.inTransaction(em -> em.createQuery("SELECT COUNT(s) FROM School s", Long.class).getSingleResult());
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(GiasExtractReader.GIAS_CHARSET));
    }

    /** Each batch in a local transaction of its own, as REQUIRES_NEW gives it in the server; can be told to fail one. */
    private final class BatchPerTransaction extends SchoolRegisterBatches {
        int calls;
        int failOnCall;

        @Override
        public BatchResult apply(List<GiasRow.Establishment> rows, Set<SchoolField> fieldsNotInFile, Instant refreshedAt) {
            calls++;
            return database.inTransaction(em -> {
                entityManager = em;
                BatchResult result = super.apply(rows, fieldsNotInFile, refreshedAt);
                if (calls == failOnCall) {
                    // After the batch's writes, so the rollback is what keeps them out.
                    em.flush();
                    throw new IllegalStateException("database unavailable");
                }
                return result;
            });
        }
    }
}
