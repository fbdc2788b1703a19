package org.pupilsupport.core.schools.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.schools.EstablishmentStatus;
import org.pupilsupport.core.schools.SchoolDetails;
import org.pupilsupport.core.schools.SchoolField;

/**
 * Reading a GIAS extract. The sample is a real Windows-1252 file (see its bytes: é is 0xE9, £ is 0xA3),
 * laid out as GIAS lays out its extract, with the awkward cases a real one has.
 */
class GiasExtractReaderTest {

    private static final String SAMPLE = "gias-sample-windows-1252.csv";

    @Test
    void readsEveryGoodRowOfAWindows1252Extract() throws IOException {
        List<GiasRow> rows = readAll(sample());

        assertEquals(8, rows.size(), "the trailing empty row is skipped");
        SchoolDetails stTherese = establishment(rows.get(0), 140001, 2);
        assertEquals("St Thérèse's Catholic Primary School", stTherese.name());
        assertEquals("314", stTherese.laCode());
        assertEquals("Kingston upon Thames", stTherese.laName());
        assertEquals("3000", stTherese.establishmentNumber());
        assertEquals("10012345", stTherese.ukprn());
        assertEquals(EstablishmentStatus.OPEN, stTherese.status());
        assertEquals(LocalDate.of(2012, 9, 1), stTherese.openDate());
        assertNull(stTherese.closeDate());
        assertEquals("Primary", stTherese.phase());
        assertEquals("Voluntary aided school", stTherese.type());
        assertEquals("Local authority maintained schools", stTherese.typeGroup());
        assertEquals(4, stTherese.statutoryLowAge());
        assertEquals(11, stTherese.statutoryHighAge());
        assertEquals(187, stTherese.numberOfPupils());
        assertEquals("Flat 1, Grange Road", stTherese.street());
        assertEquals("Norbiton", stTherese.locality());
        assertEquals("Kingston upon Thames", stTherese.town());
        assertEquals("KT1 2AB", stTherese.postcode());
    }

    @Test
    void keepsDoubledQuotesAndThePoundSign() throws IOException {
        SchoolDetails acorns = establishment(readAll(sample()).get(1), 140002, 3);

        assertEquals("The \"Little Acorns\" Nursery School", acorns.name());
        assertEquals("Market Place (by the £1 shop)", acorns.street());
        assertNull(acorns.ukprn());
    }

    @Test
    void aLineBreakInsideQuotesBecomesASpaceAndLinesAreStillCountedRight() throws IOException {
        List<GiasRow> rows = readAll(sample());

        SchoolDetails ysgol = establishment(rows.get(2), 140003, 4);
        assertEquals("Ysgol Gymraeg Llundain", ysgol.name());
        assertEquals("Stonebridge Park Harrow Road", ysgol.street());
        assertEquals(6, rows.get(3).line(), "the row after a two-line row");
    }

    @Test
    void aClosedSchoolHasItsCloseDateAndMissingValuesAreNone() throws IOException {
        SchoolDetails surbitonHill = establishment(readAll(sample()).get(3), 140004, 6);

        assertEquals(EstablishmentStatus.CLOSED, surbitonHill.status());
        assertEquals(LocalDate.of(2020, 8, 31), surbitonHill.closeDate());
        assertNull(surbitonHill.locality());
        assertNull(surbitonHill.numberOfPupils());
        assertNull(surbitonHill.statutoryLowAge());
        assertNull(surbitonHill.ukprn());
        assertEquals("KT6 6HH", surbitonHill.postcode());
    }

    @Test
    void badRowsAreRejectedWithTheirLineAndReasonAndTheRestCarryOn() throws IOException {
        List<GiasRow> rows = readAll(sample());

        assertEquals(new GiasRow.Rejected(7, "14A005", "URN '14A005' is not six digits"), rows.get(4));
        assertEquals(new GiasRow.Rejected(8, "140006", "OpenDate '31-02-2012' is not a date written as dd-mm-yyyy, such as 01-09-2012"),
                rows.get(5));
        assertEquals(EstablishmentStatus.OPEN_BUT_PROPOSED_TO_CLOSE, establishment(rows.get(6), 140007, 9).status());
        assertEquals(new GiasRow.Rejected(10, "140008", "An LA code has three digits: 31"), rows.get(7));
        assertEquals("Line 10 (URN 140008): An LA code has three digits: 31", rows.get(7).toString());
    }

    @Test
    void aFileResavedAsUtf8WithAByteOrderMarkReadsTheSame() throws IOException {
        String text = new String(sample().readAllBytes(), GiasExtractReader.GIAS_CHARSET);
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        utf8.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        utf8.write(text.getBytes(StandardCharsets.UTF_8));

        GiasExtractReader reader = GiasExtractReader.open(new ByteArrayInputStream(utf8.toByteArray()));

        assertEquals(StandardCharsets.UTF_8, reader.charset());
        assertEquals(readAll(sample()), readAll(reader));
    }

    @Test
    void aFileWithoutAByteOrderMarkIsTakenAsWindows1252() throws IOException {
        GiasExtractReader reader = GiasExtractReader.open(sample());

        assertEquals(GiasExtractReader.GIAS_CHARSET, reader.charset());
        assertTrue(reader.fieldsNotInFile().isEmpty());
    }

    @Test
    void aMissingRequiredColumnIsNamedBeforeAnyRowIsRead() {
        String withoutStatus = "URN,LA (code),EstablishmentName,EstablishmentStatus (code)\r\n140001,314,Latchmere School,1\r\n";

        GiasFileException refused = assertThrows(GiasFileException.class, () -> GiasExtractReader.open(windows1252(withoutStatus)));

        assertEquals("This is not a GIAS establishment extract the register can use: it has no \"EstablishmentStatus (name)\" column."
                + " Download the establishment data CSV from Get Information about Schools and upload it as it is.", refused.getMessage());
    }

    @Test
    void everyMissingRequiredColumnIsNamed() {
        GiasFileException refused = assertThrows(GiasFileException.class, () -> GiasExtractReader.open(windows1252("Name,Address\r\n")));

        assertTrue(refused.getMessage().contains("it has no \"URN\", \"LA (code)\", \"EstablishmentName\", \"EstablishmentStatus (name)\" columns"),
                refused.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        GiasFileException refused = assertThrows(GiasFileException.class, () -> GiasExtractReader.open(windows1252("")));

        assertTrue(refused.getMessage().startsWith("The file is empty."), refused.getMessage());
    }

    @Test
    void columnsAreFoundByHeadingInAnyOrderAndOptionalOnesMayBeAbsent() throws IOException {
        GiasExtractReader reader = GiasExtractReader.open(windows1252(
                "EstablishmentStatus (name),Something else,EstablishmentName,URN,LA (code)\r\nOpen,ignored,Latchmere School,102587,314\r\n"));

        GiasRow row = reader.next();

        SchoolDetails latchmere = establishment(row, 102587, 2);
        assertEquals("Latchmere School", latchmere.name());
        assertEquals(EnumSet.complementOf(EnumSet.of(SchoolField.NAME, SchoolField.STATUS, SchoolField.LA_CODE)), reader.fieldsNotInFile());
        assertNull(reader.next());
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRejected() throws IOException {
        GiasExtractReader reader = GiasExtractReader.open(windows1252(
                "URN,LA (code),EstablishmentName,EstablishmentStatus (name)\r\n102587,314,Latchmere, School,Open\r\n"));

        GiasRow.Rejected rejected = assertInstanceOf(GiasRow.Rejected.class, reader.next());

        assertEquals("The row has 5 values where the heading row has 4: a comma or quote mark may be missing or extra", rejected.reason());
        assertEquals("102587", rejected.urn());
    }

    @Test
    void aRepeatedColumnIsRefusedRatherThanGuessedAt() {
        GiasFileException refused = assertThrows(GiasFileException.class, () -> GiasExtractReader.open(windows1252(
                "URN,LA (code),EstablishmentName,EstablishmentStatus (name),EstablishmentName\r\n")));

        assertTrue(refused.getMessage().startsWith("The file has more than one \"EstablishmentName\" column"), refused.getMessage());
    }

    @Test
    void countsTheBytesReadForAProgressBar() throws IOException {
        byte[] bytes = sample().readAllBytes();
        GiasExtractReader reader = GiasExtractReader.open(new ByteArrayInputStream(bytes));

        readAll(reader);

        assertEquals(bytes.length, reader.bytesRead());
    }

    static InputStream sample() {
        return GiasExtractReaderTest.class.getResourceAsStream(SAMPLE);
    }

    private static InputStream windows1252(String text) {
        return new ByteArrayInputStream(text.getBytes(GiasExtractReader.GIAS_CHARSET));
    }

    private static List<GiasRow> readAll(InputStream in) throws IOException {
        try (in) {
            return readAll(GiasExtractReader.open(in));
        }
    }

    private static List<GiasRow> readAll(GiasExtractReader reader) throws IOException {
        List<GiasRow> rows = new ArrayList<>();
        for (GiasRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static SchoolDetails establishment(GiasRow row, int urn, long line) {
        GiasRow.Establishment establishment = assertInstanceOf(GiasRow.Establishment.class, row, () -> "row: " + row);
        assertEquals(urn, establishment.urn());
        assertEquals(line, establishment.line());
        return establishment.details();
    }
}
