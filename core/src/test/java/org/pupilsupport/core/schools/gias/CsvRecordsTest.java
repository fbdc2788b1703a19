package org.pupilsupport.core.schools.gias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void splitsOnCommasAndEndsRecordsAtAnyLineEnding() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("a,b,c\r\nd,e,f\ng,h,i\rj,,"));

        assertArrayEquals(new String[] {"a", "b", "c"}, records.next());
        assertArrayEquals(new String[] {"d", "e", "f"}, records.next());
        assertArrayEquals(new String[] {"g", "h", "i"}, records.next());
        assertArrayEquals(new String[] {"j", "", ""}, records.next());
        assertNull(records.next());
    }

    @Test
    void aQuotedValueHoldsCommasDoubledQuotesAndLineBreaks() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("\"Flat 1, Grange Road\",\"The \"\"Little\"\" One\",\"two\r\nlines\"\r\nnext,row\r\n"));

        assertArrayEquals(new String[] {"Flat 1, Grange Road", "The \"Little\" One", "two\r\nlines"}, records.next());
        assertEquals(1, records.recordLine());
        assertArrayEquals(new String[] {"next", "row"}, records.next());
        assertEquals(3, records.recordLine(), "the line break inside quotes is counted");
    }

    @Test
    void anEmptyQuotedValueIsEmpty() throws IOException {
        assertArrayEquals(new String[] {"", "x", ""}, new CsvRecords(new StringReader("\"\",x,\"\"")).next());
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("a\r\n\r\n\nb\n"));

        records.next();
        assertArrayEquals(new String[] {"b"}, records.next());
        assertEquals(4, records.recordLine());
        assertNull(records.next());
    }

    @Test
    void strayQuotesAreKeptAsWritten() throws IOException {
        assertArrayEquals(new String[] {"6\" ruler", "quoted then more"},
                new CsvRecords(new StringReader("6\" ruler,\"quoted\" then more\n")).next());
    }

    @Test
    void valuesNotWantedAreNotKept() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("a,\"b,b\",c,d\n"));
        records.keepOnly(new boolean[] {false, true, false});

        assertArrayEquals(new String[] {null, "b,b", null, null}, records.next());
    }

    @Test
    void aQuoteNeverClosedStopsReadingAndSaysWhere() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("a,b\nc,\"never closed\nd,e\n"));
        records.next();

        GiasFileException stopped = assertThrows(GiasFileException.class, records::next);

        assertTrue(stopped.getMessage().startsWith("The value that starts on line 2 has no closing quote mark"), stopped.getMessage());
    }

    @Test
    void aRunawayRecordStopsReadingRatherThanFillingMemory() throws IOException {
        StringBuilder huge = new StringBuilder("a\n\"");
        huge.append("x".repeat(CsvRecords.LONGEST_RECORD + 1));
        CsvRecords records = new CsvRecords(new StringReader(huge.toString()));
        records.next();

        GiasFileException stopped = assertThrows(GiasFileException.class, records::next);

        assertTrue(stopped.getMessage().startsWith("The row that starts on line 2 runs on"), stopped.getMessage());
    }

    @Test
    void readsAcrossItsBufferBoundary() throws IOException {
        String longValue = "y".repeat(70_000);
        CsvRecords records = new CsvRecords(new StringReader("\"" + longValue + "\",\"q\"\"q\"\r\nz\r\n"));

        assertArrayEquals(new String[] {longValue, "q\"q"}, records.next());
        assertArrayEquals(new String[] {"z"}, records.next());
    }
}
