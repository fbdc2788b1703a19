package org.pupilsupport.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a school's term dates from the files schools and councils publish: a CSV of
 * {@code kind,first day,last day,label}, or an iCalendar (.ics) feed of all-day events. Every problem is collected
 * and reported together, with its line, so an administrator fixes the file in one go.
 */
public final class CalendarFileReader {

    public static final int MOST_BYTES = 1024 * 1024;
    static final int MOST_ENTRIES = 2000;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ICAL_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    /** Words in an event's summary that make it a closure; checked before "term", since "Half term" is a closure. */
    private static final List<String> CLOSURE_WORDS = List.of("half term", "half-term", "holiday", "inset", "training day", "closed", "closure");
    private static final Pattern ICAL_VALUE_DATE = Pattern.compile("(\\d{8})(T\\d{6}Z?)?");

    private CalendarFileReader() {
    }

    /**
     * @param fileName names the file in problems
     * @throws CalendarFileException listing every problem of the file
     */
    public static List<CalendarSpan> read(InputStream content, String fileName) {
        String text = decoded(content);
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        String first = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
        List<String> problems = new ArrayList<>();
        List<CalendarSpan> spans = first.equalsIgnoreCase("BEGIN:VCALENDAR") ? withoutHolidaysBetweenTerms(readICalendar(lines, problems))
                : readCsv(lines, problems);
        if (spans.size() > MOST_ENTRIES) {
            problems.add("The file has " + spans.size() + " entries: at most " + MOST_ENTRIES + " are read from one file");
        }
        if (problems.isEmpty() && spans.stream().noneMatch(span -> span.kind() == CalendarSpanKind.TERM)) {
            problems.add("The file has no term dates");
        }
        if (!problems.isEmpty()) {
            throw new CalendarFileException(problems.stream().map(problem -> (fileName == null ? "" : fileName + ": ") + problem).toList());
        }
        return spans;
    }

    private static String decoded(InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes(MOST_BYTES + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The calendar file could not be read", unreadable);
        }
        if (bytes.length > MOST_BYTES) {
            throw new CalendarFileException(List.of("The file is larger than 1 MB: a calendar file is a few kilobytes"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notText) {
            throw new CalendarFileException(List.of("The file is not text in UTF-8: save it as CSV (UTF-8) or iCalendar"));
        }
    }

    // --- CSV ---

    private static List<CalendarSpan> readCsv(List<String> lines, List<String> problems) {
        List<CalendarSpan> spans = new ArrayList<>();
        int headerLine = -1;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            int number = index + 1;
            List<String> fields = csvFields(line);
            if (headerLine < 0) {
                headerLine = number;
                List<String> header = fields.stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList();
                boolean expected = header.size() >= 3 && header.size() <= 4 && header.get(0).equals("kind") && header.get(1).equals("first day")
                        && header.get(2).equals("last day") && (header.size() == 3 || header.get(3).equals("label"));
                if (!expected) {
                    problems.add("Line " + number + ": the first line must be the header kind,first day,last day,label");
                    return spans;
                }
                continue;
            }
            readCsvRow(number, fields, problems).ifPresent(spans::add);
        }
        if (headerLine < 0) {
            problems.add("The file is empty");
        }
        return spans;
    }

    private static java.util.Optional<CalendarSpan> readCsvRow(int number, List<String> fields, List<String> problems) {
        if (fields.size() < 3 || fields.size() > 4) {
            problems.add("Line " + number + ": expected 3 or 4 fields (kind, first day, last day, label), found " + fields.size());
            return java.util.Optional.empty();
        }
        int before = problems.size();
        CalendarSpanKind kind = switch (fields.get(0).strip().toLowerCase(Locale.ROOT)) {
            case "term" -> CalendarSpanKind.TERM;
            case "closed", "closure" -> CalendarSpanKind.CLOSURE;
            default -> {
                problems.add("Line " + number + ": \"" + fields.get(0).strip() + "\" is not a kind of period; write term or closed");
                yield null;
            }
        };
        LocalDate first = csvDate(number, fields.get(1), problems);
        LocalDate last = csvDate(number, fields.get(2), problems);
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new CalendarSpan(kind, first, last, fields.size() == 4 ? fields.get(3) : null));
        } catch (IllegalArgumentException refused) {
            problems.add("Line " + number + ": " + refused.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static LocalDate csvDate(int number, String typed, List<String> problems) {
        String value = typed.strip();
        for (DateTimeFormatter format : List.of(DAY_MONTH_YEAR, ISO)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next form
            }
        }
        problems.add("Line " + number + ": \"" + value + "\" is not a real date; write dates as 27/03/2027");
        return null;
    }

    /** Splits one CSV line, honouring double quotes (a quoted comma stays in its field; "" is a quote). */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    // --- iCalendar (RFC 5545) ---

    private record Unfolded(int number, String text) {
    }

    private static List<CalendarSpan> readICalendar(List<String> lines, List<String> problems) {
        List<CalendarSpan> spans = new ArrayList<>();
        List<Unfolded> unfolded = unfold(lines);
        Unfolded start = null;
        String dtStart = null;
        String dtEnd = null;
        String summary = null;
        for (Unfolded line : unfolded) {
            String upper = line.text().toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VEVENT")) {
                start = line;
                dtStart = null;
                dtEnd = null;
                summary = null;
            } else if (upper.equals("END:VEVENT") && start != null) {
                eventSpan(start.number(), dtStart, dtEnd, summary, problems).ifPresent(spans::add);
                start = null;
            } else if (start != null) {
                String name = propertyName(line.text());
                String value = line.text().substring(line.text().indexOf(':') + 1);
                switch (name) {
                    case "DTSTART" -> dtStart = value;
                    case "DTEND" -> dtEnd = value;
                    case "SUMMARY" -> summary = unescaped(value);
                    default -> {
                        // other properties (UID, DESCRIPTION, LOCATION...) say nothing about school days
                    }
                }
            }
        }
        return spans;
    }

    /**
     * Schools' feeds list their holidays as events too. A closure that touches no term is such a holiday: the days
     * between terms are not school days anyway, so it is left out rather than refused as a closure outside the terms.
     */
    private static List<CalendarSpan> withoutHolidaysBetweenTerms(List<CalendarSpan> spans) {
        List<CalendarSpan> terms = spans.stream().filter(span -> span.kind() == CalendarSpanKind.TERM).toList();
        return spans.stream().filter(span -> span.kind() == CalendarSpanKind.TERM || terms.stream()
                .anyMatch(term -> !span.last().isBefore(term.first()) && !span.first().isAfter(term.last()))).toList();
    }

    /** Joins folded lines: a line starting with a space or tab continues the one before (RFC 5545 section 3.1). */
    private static List<Unfolded> unfold(List<String> lines) {
        List<Unfolded> unfolded = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if ((line.startsWith(" ") || line.startsWith("\t")) && !unfolded.isEmpty()) {
                Unfolded previous = unfolded.remove(unfolded.size() - 1);
                unfolded.add(new Unfolded(previous.number(), previous.text() + line.substring(1)));
            } else if (!line.isBlank()) {
                unfolded.add(new Unfolded(index + 1, line.strip()));
            }
        }
        return unfolded;
    }

    private static String propertyName(String line) {
        int colon = line.indexOf(':');
        int semicolon = line.indexOf(';');
        int end = colon < 0 ? line.length() : semicolon >= 0 && semicolon < colon ? semicolon : colon;
        return line.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static java.util.Optional<CalendarSpan> eventSpan(int number, String dtStart, String dtEnd, String summary, List<String> problems) {
        String label = summary == null ? "" : summary.strip();
        CalendarSpanKind kind = kindOf(label);
        if (kind == null) {
            return java.util.Optional.empty();
        }
        LocalDate first = icalDate(dtStart);
        if (first == null) {
            problems.add("Line " + number + ": the event \"" + label + "\" has no readable start date (DTSTART)");
            return java.util.Optional.empty();
        }
        LocalDate last = first;
        if (dtEnd != null) {
            LocalDate end = icalDate(dtEnd);
            if (end == null) {
                problems.add("Line " + number + ": the event \"" + label + "\" has an unreadable end date (DTEND)");
                return java.util.Optional.empty();
            }
            // An all-day event's DTEND is the day after its last day; a timed one ends on the day it names.
            last = dtEnd.contains("T") ? end : end.minusDays(1);
            if (last.isBefore(first)) {
                last = first;
            }
        }
        return java.util.Optional.of(new CalendarSpan(kind, first, last, label));
    }

    /** Term boundaries and closures; other events (sports day, parents' evening) are not about school days. */
    private static CalendarSpanKind kindOf(String summary) {
        String words = summary.toLowerCase(Locale.ROOT);
        if (CLOSURE_WORDS.stream().anyMatch(words::contains)) {
            return CalendarSpanKind.CLOSURE;
        }
        return words.contains("term") ? CalendarSpanKind.TERM : null;
    }

    private static LocalDate icalDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = ICAL_VALUE_DATE.matcher(value.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(matcher.group(1), ICAL_DATE);
        } catch (DateTimeParseException impossible) {
            return null;
        }
    }

    private static String unescaped(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? ' ' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
