package org.pupilsupport.core.calendar;

import java.time.LocalDate;
import java.util.Optional;

import org.pupilsupport.plugin.api.SchoolCalendar;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/**
 * A school's own calendar where it has dates, and the pattern it follows elsewhere: an academy that published only
 * this year's INSET days still counts next year's deadlines on the borough's terms, not on weekdays alone.
 */
final class SchoolOverPattern implements SchoolCalendar {

    private final SchoolCalendar school;
    private final SchoolCalendar pattern;

    SchoolOverPattern(SchoolCalendar school, SchoolCalendar pattern) {
        this.school = school;
        this.pattern = pattern;
    }

    @Override
    public boolean isSchoolDay(LocalDate date) {
        return school.covers(date) ? school.isSchoolDay(date) : pattern.isSchoolDay(date);
    }

    @Override
    public LocalDate coveredFrom() {
        return school.coveredFrom().isBefore(pattern.coveredFrom()) ? school.coveredFrom() : pattern.coveredFrom();
    }

    @Override
    public LocalDate coveredUntil() {
        return school.coveredUntil().isAfter(pattern.coveredUntil()) ? school.coveredUntil() : pattern.coveredUntil();
    }

    @Override
    public Optional<TermTimeCalendar.DateSpan> termContaining(LocalDate date) {
        return school.covers(date) ? school.termContaining(date) : pattern.termContaining(date);
    }
}
