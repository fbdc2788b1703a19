package org.pupilsupport.core.schools.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.schools.FieldChange;
import org.pupilsupport.core.schools.SchoolField;

/** Adding up a refresh and saying what it did, without a database. */
class RefreshReportTest {

    @Test
    void countsEverythingButListsOnlyAsManyAsAPageCanShow() {
        RefreshTally tally = new RefreshTally(Instant.EPOCH, GiasExtractReader.GIAS_CHARSET, Set.of());
        List<NewSchool> added = IntStream.range(0, 1500).mapToObj(i -> new NewSchool(100000 + i, "School " + i, "Open")).toList();

        tally.applied(new BatchResult(added.subList(0, 800), List.of(), 0, 0));
        tally.applied(new BatchResult(added.subList(800, 1500), List.of(), 0, 0));
        IntStream.range(0, 1200).forEach(i -> tally.rejected(new GiasRow.Rejected(i + 2, null, "The URN is empty")));
        RefreshReport report = tally.report(true);

        assertEquals(1500, report.added());
        assertEquals(RefreshReport.LISTED_AT_MOST, report.addedSchools().size());
        assertEquals(500, report.addedNotListed());
        assertEquals(added.subList(0, RefreshReport.LISTED_AT_MOST), report.addedSchools());
        assertEquals(1200, report.rejected());
        assertEquals(200, report.rejectedNotListed());
    }

    @Test
    void countsHowManySchoolsEachDetailChangedFor() {
        RefreshTally tally = new RefreshTally(Instant.EPOCH, GiasExtractReader.GIAS_CHARSET, Set.of());

        tally.applied(new BatchResult(List.of(), List.of(
                new SchoolChange(100001, "A", List.of(pupils("100", "110"))),
                new SchoolChange(100002, "B", List.of(pupils("200", "190"), new FieldChange(SchoolField.STATUS, "Open", "Closed")))), 7, 1));

        RefreshReport report = tally.report(true);
        assertEquals(Map.of(SchoolField.NUMBER_OF_PUPILS, 2, SchoolField.STATUS, 1), report.changesByField());
        assertEquals(2, report.changed());
        assertEquals(7, report.unchanged());
        assertEquals(1, report.closedInThisRefresh());
    }

    @Test
    void theSummaryReadsAsASentenceWithThousandsSeparated() {
        RefreshReport report = new RefreshReport(Instant.EPOCH, "windows-1252", true, 51_872, 12, 340, 51_517, 28, 3,
                List.of(), List.of(), List.of(), Map.of(), Set.of());

        assertEquals("Refresh complete: 12 schools added, 340 changed (28 of them now closed), 51,517 unchanged, 3 rows rejected.",
                report.summary());
    }

    @Test
    void theSummarySaysWhenARefreshStoppedAndWhatTheFileLacked() {
        RefreshReport report = new RefreshReport(Instant.EPOCH, StandardCharsets.UTF_8.name(), false, 1000, 1, 0, 999, 0, 1,
                List.of(), List.of(), List.of(), Map.of(), Set.of(SchoolField.TOWN, SchoolField.POSTCODE));

        assertEquals("Refresh stopped part way: 1 school added, 0 changed, 999 unchanged, 1 row rejected."
                + " The file had no column for Town, Postcode, so those details were left as they were.", report.summary());
    }

    @Test
    void progressIsAPercentageOfTheFileOnlyWhenItsSizeIsKnown() {
        assertEquals(OptionalInt.of(40), new RefreshProgress(20_000, 4_000_000, 10_000_000, false).percentDone());
        assertEquals(OptionalInt.of(99), new RefreshProgress(50_000, 10_000_000, 10_000_000, false).percentDone(),
                "a file read to its end is not done until its last batch is applied");
        assertEquals(OptionalInt.of(100), new RefreshProgress(50_000, 10_000_000, 10_000_000, true).percentDone());
        assertTrue(new RefreshProgress(500, 100_000, -1, false).percentDone().isEmpty());
    }

    @Test
    void aReportSurvivesSerialisationSoAViewScopedPageMayKeepIt() throws Exception {
        RefreshReport report = new RefreshReport(Instant.EPOCH, "windows-1252", true, 3, 1, 1, 0, 0, 1,
                List.of(new NewSchool(100001, "A", "Open")), List.of(new SchoolChange(100002, "B", List.of(pupils("1", "2")))),
                List.of(new GiasRow.Rejected(4, null, "The URN is empty")), Map.of(SchoolField.NUMBER_OF_PUPILS, 1), Set.of(SchoolField.TOWN));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(report);
        }

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(report, in.readObject());
        }
    }

    private static FieldChange pupils(String before, String after) {
        return new FieldChange(SchoolField.NUMBER_OF_PUPILS, before, after);
    }
}
