package org.pupilsupport.web.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as officers type and read them. Typing is strict: 31/02/2013 is refused, never moved to 28 February,
 * and a two-digit year is refused rather than guessed. Officers type day/month/year; a date copied from a
 * system that writes ISO dates (2013-02-28) is taken too. Every page shows dates one way: 21 Oct 2026.
 */
public final class OfficerDates {

    /** How a date is shown in a form field for editing, and the example in messages. */
    public static final String TYPED_PATTERN = "dd/MM/uuuu";
    public static final String TYPED_DATE_TIME_PATTERN = "dd/MM/uuuu HH:mm";

    private static final DateTimeFormatter TYPED = strict(TYPED_PATTERN);
    private static final DateTimeFormatter TYPED_DATE_TIME = strict(TYPED_DATE_TIME_PATTERN);
    private static final List<DateTimeFormatter> DATE_READINGS = List.of(strict("d/M/uuuu"), strict("uuuu-MM-dd"));
    private static final List<DateTimeFormatter> DATE_TIME_READINGS = List.of(strict("d/M/uuuu H:mm"), strict("uuuu-MM-dd H:mm"),
            strict("uuuu-MM-dd'T'HH:mm"), strict("uuuu-MM-dd'T'HH:mm:ss"));
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHOWN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.UK);

    private OfficerDates() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date typed, if it is a real date in one of the accepted forms; surrounding spaces are ignored. */
    public static Optional<LocalDate> parseDate(String typed) {
        return parse(typed, DATE_READINGS, LocalDate::parse);
    }

    /** The date and time typed (24-hour clock), if real. */
    public static Optional<LocalDateTime> parseDateTime(String typed) {
        return parse(typed, DATE_TIME_READINGS, LocalDateTime::parse);
    }

    private interface Reading<T> {
        T parse(CharSequence text, DateTimeFormatter format);
    }

    private static <T> Optional<T> parse(String typed, List<DateTimeFormatter> readings, Reading<T> reading) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        for (DateTimeFormatter format : readings) {
            try {
                return Optional.of(reading.parse(text, format));
            } catch (DateTimeParseException notThisForm) {
                // try the next accepted form
            }
        }
        return Optional.empty();
    }

    /** A date in the form officers type it, e.g. 07/03/2014. */
    public static String typed(LocalDate date) {
        return date == null ? "" : TYPED.format(date);
    }

    public static String typed(LocalDateTime dateTime) {
        return dateTime == null ? "" : TYPED_DATE_TIME.format(dateTime);
    }

    /** A date as every page shows it, e.g. 21 Oct 2026. */
    public static String shown(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** A date and time as every page shows it, e.g. 21 Oct 2026 10:30. */
    public static String shown(LocalDateTime dateTime) {
        return dateTime == null ? "" : SHOWN_DATE_TIME.format(dateTime);
    }
}
