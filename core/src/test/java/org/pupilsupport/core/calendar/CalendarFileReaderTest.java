package org.pupilsupport.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading term dates from real CSV and iCalendar files, and reporting every problem of a bad one with its line. */
class CalendarFileReaderTest {

    private static List<CalendarSpan> read(String file) throws IOException {
        try (InputStream content = CalendarFileReaderTest.class.getResourceAsStream("/calendars/" + file)) {
            return CalendarFileReader.read(content, file);
        }
    }

    private static CalendarSpan span(CalendarSpanKind kind, String first, String last, String label) {
        return new CalendarSpan(kind, LocalDate.parse(first), LocalDate.parse(last), label);
    }

    private static final List<CalendarSpan> ACADEMY_2026_27 = List.of(
            span(CalendarSpanKind.TERM, "2026-09-03", "2026-12-18", "Autumn term 2026"),
            span(CalendarSpanKind.CLOSURE, "2026-10-26", "2026-10-30", "Autumn half term"),
            span(CalendarSpanKind.CLOSURE, "2026-11-27", "2026-11-27", "INSET day (the academy's own)"),
            span(CalendarSpanKind.TERM, "2027-01-04", "2027-03-25", "Spring term 2027"),
            span(CalendarSpanKind.CLOSURE, "2027-02-15", "2027-02-19", "Spring half term"),
            span(CalendarSpanKind.TERM, "2027-04-12", "2027-07-21", "Summer term 2027"),
            span(CalendarSpanKind.CLOSURE, "2027-05-31", "2027-06-04", "Summer half term"));

    @Test
    void readsACsvOfTermsAndClosures() throws IOException {
        assertEquals(ACADEMY_2026_27, read("academy-2026-27.csv"));
    }

    @Test
    void readsTheSameYearFromAnICalendarFeed() throws IOException {
        List<CalendarSpan> spans = read("academy-2026-27.ics");

        // DTEND is exclusive (20261219 ends the term on Fri 18 Dec); a folded SUMMARY is joined; "\," is a comma;
        // the sports day is not a term boundary and is left out.
        assertEquals(7, spans.size());
        assertEquals(span(CalendarSpanKind.TERM, "2026-09-03", "2026-12-18", "Autumn term 2026"), spans.get(0));
        assertEquals(span(CalendarSpanKind.CLOSURE, "2026-10-26", "2026-10-30", "Half term, autumn"), spans.get(1));
        assertEquals(span(CalendarSpanKind.CLOSURE, "2026-11-27", "2026-11-27", "INSET day: staff training"), spans.get(2));
        assertEquals(span(CalendarSpanKind.TERM, "2027-04-12", "2027-07-21", "Summer term 2027"), spans.get(5));
        assertTrue(spans.stream().noneMatch(span -> span.label().contains("Sports")));
    }

    @Test
    void everyProblemOfABadCsvIsReportedWithItsLine() {
        CalendarFileException refused = assertThrows(CalendarFileException.class, () -> read("broken.csv"));

        assertEquals(List.of(
                "broken.csv: Line 4: \"holiday\" is not a kind of period; write term or closed",
                "broken.csv: Line 5: \"31/02/2027\" is not a real date; write dates as 27/03/2027",
                "broken.csv: Line 7: expected 3 or 4 fields (kind, first day, last day, label), found 2"), refused.problems());
    }

    @Test
    void aQuotedCommaStaysInItsFieldAndSingleDigitDatesAreRead() {
        List<CalendarSpan> spans = CalendarFileReader.read(new ByteArrayInputStream(
                "\uFEFFkind,first day,last day,label\r\nterm,3/9/2026,18/12/2026,\"Autumn term, 2026\"\r\n".getBytes(StandardCharsets.UTF_8)), "typed.csv");

        assertEquals(List.of(span(CalendarSpanKind.TERM, "2026-09-03", "2026-12-18", "Autumn term, 2026")), spans);
    }

    @Test
    void everyUnreadableEventOfABadFeedIsReported() {
        CalendarFileException refused = assertThrows(CalendarFileException.class, () -> read("broken.ics"));

        assertEquals(List.of(
                "broken.ics: Line 8: the event \"Half term\" has no readable start date (DTSTART)",
                "broken.ics: Line 12: the event \"INSET day\" has no readable start date (DTSTART)"), refused.problems());
    }

    @Test
    void aFeedsHolidaysBetweenTermsAreLeftOutButAClosureInATermIsKept() {
        String feed = String.join("\r\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260903", "DTEND;VALUE=DATE:20261219",
                "SUMMARY:Autumn term", "END:VEVENT", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261219", "DTEND;VALUE=DATE:20270104",
                "SUMMARY:Christmas holiday", "END:VEVENT", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261127", "SUMMARY:Staff training day",
                "END:VEVENT", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261002", "SUMMARY:Netball training", "END:VEVENT", "END:VCALENDAR", "");

        List<CalendarSpan> spans = CalendarFileReader.read(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), "feed.ics");

        // 19 Dec to 3 Jan touches no term: a holiday, not a closure. "Netball training" is not a training day.
        assertEquals(List.of(span(CalendarSpanKind.TERM, "2026-09-03", "2026-12-18", "Autumn term"),
                span(CalendarSpanKind.CLOSURE, "2026-11-27", "2026-11-27", "Staff training day")), spans);
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedAtItsFirstLine() {
        CalendarFileException refused = assertThrows(CalendarFileException.class, () -> CalendarFileReader.read(
                new ByteArrayInputStream("term,03/09/2026,18/12/2026,Autumn\n".getBytes(StandardCharsets.UTF_8)), "noheader.csv"));

        assertEquals(List.of("noheader.csv: Line 1: the first line must be the header kind,first day,last day,label"), refused.problems());
    }

    @Test
    void aFileWithOnlyClosuresHasNoTermDates() {
        CalendarFileException refused = assertThrows(CalendarFileException.class, () -> CalendarFileReader.read(new ByteArrayInputStream(
                "kind,first day,last day,label\nclosed,27/11/2026,27/11/2026,INSET\n".getBytes(StandardCharsets.UTF_8)), "closures.csv"));

        assertEquals(List.of("closures.csv: The file has no term dates"), refused.problems());
    }

    @Test
    void aFileLargerThanAMegabyteIsNotRead() {
        byte[] huge = new byte[CalendarFileReader.MOST_BYTES + 1];

        CalendarFileException refused = assertThrows(CalendarFileException.class,
                () -> CalendarFileReader.read(new ByteArrayInputStream(huge), "huge.csv"));

        assertTrue(refused.getMessage().contains("larger than 1 MB"), refused.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedRatherThanGuessed() {
        byte[] windows1252 = "kind,first day,last day,label\nterm,03/09/2026,18/12/2026,Caf\u00e9 term\n".getBytes(StandardCharsets.ISO_8859_1);

        CalendarFileException refused = assertThrows(CalendarFileException.class,
                () -> CalendarFileReader.read(new ByteArrayInputStream(windows1252), "latin.csv"));

        assertTrue(refused.getMessage().contains("not text in UTF-8"), refused.getMessage());
    }
}
