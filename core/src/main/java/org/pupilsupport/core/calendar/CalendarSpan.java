package org.pupilsupport.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One line of a school calendar: a term (first and last pupil days) or a closure inside one. */
public record CalendarSpan(CalendarSpanKind kind, LocalDate first, LocalDate last, String label) {

    public CalendarSpan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A period cannot end before it starts");
        }
        label = label == null || label.isBlank() ? (kind == CalendarSpanKind.TERM ? "Term" : "Closure") : label.strip();
    }
}
