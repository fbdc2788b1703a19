package org.pupilsupport.core.calendar;

/** A run of days pupils attend, or days inside one when the school is shut. */
public enum CalendarSpanKind {
    TERM,
    CLOSURE
}
