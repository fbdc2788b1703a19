package org.pupilsupport.core.cases;

import java.util.Objects;

import org.pupilsupport.core.calendar.SchoolDayDate;

/**
 * A date by which something must happen on a case, worked out by the rules from the case's facts.
 *
 * @param key    identifies the deadline across recalculations: the kind plus the fact it was counted from,
 *               so a task done for one review is not raised again, but a corrected start date makes a new one
 * @param detail what the officer needs to know, e.g. "counted from the notice of 2 Dec 2026"
 */
public record Deadline(DeadlineKind kind, String key, String detail, SchoolDayDate due) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(due, "due");
    }

    static Deadline of(DeadlineKind kind, Object countedFrom, String detail, SchoolDayDate due) {
        return new Deadline(kind, kind.name() + ":" + countedFrom, detail, due);
    }
}
