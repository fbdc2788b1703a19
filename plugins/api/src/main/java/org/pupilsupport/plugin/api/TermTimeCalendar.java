package org.pupilsupport.plugin.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * A school calendar made of published terms less closures (half terms, INSET days) and English bank
 * holidays. Immutable.
 *
 * <p>It covers whole academic years: from 1 September of the first term's academic year to 31 August of
 * the last term's, since the summer holiday after the last published term is known to have no school.
 *
 * @since 1.0
 */
public final class TermTimeCalendar implements SchoolCalendar {

    /** @since 1.0 */
    public record DateSpan(LocalDate first, LocalDate last, String label) {
        public DateSpan {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("'" + label + "' ends (" + last + ") before it starts (" + first + ")");
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(first) && !date.isAfter(last);
        }
    }

    private final List<DateSpan> terms;
    private final List<DateSpan> closures;
    private final LocalDate coveredFrom;
    private final LocalDate coveredUntil;

    /**
     * @throws IllegalArgumentException if there is no term or two terms overlap
     * @since 1.0
     */
    public TermTimeCalendar(List<DateSpan> terms, List<DateSpan> closures) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("A school calendar needs at least one term");
        }
        List<DateSpan> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(DateSpan::first));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).first().isAfter(sorted.get(i - 1).last())) {
                throw new IllegalArgumentException("Terms overlap: '" + sorted.get(i - 1).label() + "' and '" + sorted.get(i).label() + "'");
            }
        }
        this.terms = List.copyOf(sorted);
        this.closures = List.copyOf(closures);
        this.coveredFrom = LocalDate.of(academicYearStart(sorted.get(0).first()), Month.SEPTEMBER, 1);
        this.coveredUntil = LocalDate.of(academicYearStart(sorted.get(sorted.size() - 1).last()) + 1, Month.AUGUST, 31);
    }

    private static int academicYearStart(LocalDate date) {
        return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /**
     * Reads a term-dates file: one entry a line, {@code term FIRST LAST label} or
     * {@code closed FIRST LAST label} with ISO dates; {@code #} starts a comment.
     *
     * @param source names the file in error messages
     * @throws IllegalArgumentException naming the source and line of the first bad entry
     * @since 1.0
     */
    public static TermTimeCalendar parse(Reader text, String source) {
        List<DateSpan> terms = new ArrayList<>();
        List<DateSpan> closures = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(text)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s+", 4);
                if (parts.length < 3) {
                    throw badLine(source, number, "expected 'term|closed FIRST LAST label'");
                }
                DateSpan span;
                try {
                    span = new DateSpan(LocalDate.parse(parts[1]), LocalDate.parse(parts[2]), parts.length == 4 ? parts[3] : parts[0]);
                } catch (DateTimeParseException e) {
                    throw badLine(source, number, "dates must be written YYYY-MM-DD");
                } catch (IllegalArgumentException e) {
                    throw badLine(source, number, e.getMessage());
                }
                switch (parts[0]) {
                    case "term" -> terms.add(span);
                    case "closed" -> closures.add(span);
                    default -> throw badLine(source, number, "unknown entry '" + parts[0] + "' (expected term or closed)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read term dates from " + source, e);
        }
        try {
            return new TermTimeCalendar(terms, closures);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a term-dates file shipped beside a class of the plugin (a resource in the same package), as
     * UTF-8, so each borough's term dates travel in its plugin jar.
     *
     * @throws IllegalStateException    if the plugin jar has no such file
     * @throws IllegalArgumentException naming the file and line of the first bad entry
     * @since 1.0
     */
    public static TermTimeCalendar fromResource(Class<?> besideClass, String fileName) {
        String source = besideClass.getPackageName() + "/" + fileName;
        try (InputStream in = besideClass.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("Term dates file " + source + " is missing from the plugin");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read term dates from " + source, e);
        }
    }

    private static IllegalArgumentException badLine(String source, int line, String problem) {
        return new IllegalArgumentException(source + " line " + line + ": " + problem);
    }

    @Override
    public boolean isSchoolDay(LocalDate date) {
        if (!covers(date)) {
            throw new DateOutsideCalendarException(date, coveredFrom, coveredUntil);
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        return terms.stream().anyMatch(term -> term.contains(date))
                && closures.stream().noneMatch(closure -> closure.contains(date))
                && !EnglishBankHolidays.isBankHoliday(date);
    }

    @Override
    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    @Override
    public LocalDate coveredUntil() {
        return coveredUntil;
    }

    /** @since 1.2 */
    @Override
    public Optional<DateSpan> termContaining(LocalDate date) {
        return terms.stream().filter(term -> term.contains(date)).findFirst();
    }

    /** @since 1.0 */
    public List<DateSpan> terms() {
        return terms;
    }

    /** @since 1.0 */
    public List<DateSpan> closures() {
        return closures;
    }
}
