package org.pupilsupport.plugin.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A borough's school calendar: which dates are school days. Statutory deadlines in education law are
 * counted in school days (for example a governing board must consider reinstatement within 15 school
 * days), so every deadline the core computes goes through one of these.
 *
 * <p>A calendar knows a limited span of dates (the term dates a borough has published). Asking about a
 * date outside {@link #coveredFrom()}..{@link #coveredUntil()} throws {@link DateOutsideCalendarException},
 * so a deadline is never silently computed from dates nobody published.
 *
 * @since 1.0
 */
public interface SchoolCalendar {

    /**
     * Whether pupils attend school on this date.
     *
     * @throws DateOutsideCalendarException if the date is outside the span this calendar covers
     * @since 1.0
     */
    boolean isSchoolDay(LocalDate date);

    /** @since 1.0 */
    LocalDate coveredFrom();

    /** @since 1.0 */
    LocalDate coveredUntil();

    /**
     * The date that is the {@code schoolDays}-th school day after {@code start}, not counting
     * {@code start} itself. Zero days gives {@code start} back. This is how "within N school days of"
     * deadlines are read: the last day on which the duty can still be met.
     *
     * @throws IllegalArgumentException if {@code schoolDays} is negative
     * @throws DateOutsideCalendarException if the count runs past the covered span
     * @since 1.0
     */
    default LocalDate schoolDaysAfter(LocalDate start, int schoolDays) {
        Objects.requireNonNull(start, "start");
        if (schoolDays < 0) {
            throw new IllegalArgumentException("A number of school days cannot be negative: " + schoolDays);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < schoolDays) {
            date = date.plusDays(1);
            if (isSchoolDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** @since 1.0 */
    default boolean covers(LocalDate date) {
        return !date.isBefore(coveredFrom()) && !date.isAfter(coveredUntil());
    }

    /**
     * The term the date falls in (its first and last pupil days), for rules counted per term: a governing
     * board must consider reinstatement when a pupil's suspensions pass 15 school days in one term. Empty
     * for a date in a holiday, and for a calendar that does not know its terms; the host then counts over
     * the whole academic year, which errs towards holding the meeting.
     *
     * @since 1.2
     */
    default Optional<TermTimeCalendar.DateSpan> termContaining(LocalDate date) {
        return Optional.empty();
    }
}
