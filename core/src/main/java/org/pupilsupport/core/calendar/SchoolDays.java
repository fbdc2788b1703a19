package org.pupilsupport.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.pupilsupport.plugin.api.DateOutsideCalendarException;
import org.pupilsupport.plugin.api.SchoolCalendar;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/**
 * School-day arithmetic on one borough's calendar, answering from the baseline (and saying why) for any
 * question the borough's calendar cannot answer: no plugin, a plugin that throws, or a date outside the term
 * dates it publishes. Every statutory deadline the core computes goes through here.
 */
public final class SchoolDays {

    private static final Logger LOG = Logger.getLogger(SchoolDays.class.getName());
    private static final String BASELINE = "baseline calendar (weekdays less English bank holidays)";

    private final SchoolCalendar boroughCalendar;
    private final String description;
    private final String provider;
    private final String missingReason;

    private SchoolDays(SchoolCalendar boroughCalendar, String description, String provider, String missingReason) {
        this.boroughCalendar = boroughCalendar;
        this.description = description;
        this.provider = provider;
        this.missingReason = missingReason;
    }

    /**
     * @param description e.g. "Kingston upon Thames term dates (plugin kingston)"
     * @param provider    who supplied the calendar, for fallback reasons, e.g. "the kingston plugin"
     */
    public static SchoolDays of(SchoolCalendar boroughCalendar, String description, String provider) {
        return new SchoolDays(Objects.requireNonNull(boroughCalendar, "calendar"), Objects.requireNonNull(description, "description"),
                Objects.requireNonNull(provider, "provider"), null);
    }

    /** Baseline only, e.g. when the borough's plugin is not installed. */
    public static SchoolDays baselineBecause(String reason) {
        return new SchoolDays(null, BASELINE, null, Objects.requireNonNull(reason, "reason"));
    }

    /** The date {@code schoolDays} school days after {@code start}, not counting {@code start}. */
    public SchoolDayDate after(LocalDate start, int schoolDays) {
        return answer(calendar -> calendar.schoolDaysAfter(start, schoolDays));
    }

    /**
     * The date of the {@code n}-th school day of a run starting on {@code first}: {@code first} is day 1 when it
     * is a school day. "20 continuous school days of absence" ends on {@code dayNumber(firstDayAbsent, 20)}.
     */
    public SchoolDayDate dayNumber(LocalDate first, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Days of a run are numbered from 1");
        }
        return answer(calendar -> calendar.isSchoolDay(first) ? calendar.schoolDaysAfter(first, n - 1) : calendar.schoolDaysAfter(first, n));
    }

    /** The term the date falls in, if the borough's calendar knows its terms (the baseline does not). */
    public Optional<TermTimeCalendar.DateSpan> termContaining(LocalDate date) {
        if (boroughCalendar == null) {
            return Optional.empty();
        }
        try {
            return boroughCalendar.termContaining(date);
        } catch (RuntimeException pluginFailure) {
            LOG.log(Level.WARNING, "The borough calendar failed to give the term of " + date, pluginFailure);
            return Optional.empty();
        }
    }

    private interface Question {
        LocalDate ask(SchoolCalendar calendar);
    }

    private SchoolDayDate answer(Question question) {
        if (boroughCalendar == null) {
            return new SchoolDayDate(question.ask(BaselineSchoolCalendar.INSTANCE), BASELINE, missingReason);
        }
        try {
            return new SchoolDayDate(question.ask(boroughCalendar), description, null);
        } catch (DateOutsideCalendarException outside) {
            return new SchoolDayDate(question.ask(BaselineSchoolCalendar.INSTANCE), BASELINE,
                    provider + " has no term dates for " + outside.date());
        } catch (IllegalArgumentException badQuestion) {
            throw badQuestion;
        } catch (RuntimeException pluginFailure) {
            LOG.log(Level.WARNING, "A borough calendar failed; answering from the baseline", pluginFailure);
            return new SchoolDayDate(question.ask(BaselineSchoolCalendar.INSTANCE), BASELINE, provider + "'s calendar failed");
        }
    }
}
