package org.pupilsupport.core.children.ctf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A school the pupil attended ({@code SchoolHistory/School}).
 *
 * @param school        the school's LA code, establishment number, URN and name as written
 * @param entryDate     element {@code EntryDate}; null when missing or not a date
 * @param leavingDate   element {@code LeavingDate}; null while the pupil is still there, or when not a date
 * @param leavingReason element {@code LeavingReason} in upper case, as written
 */
public record CtfSchoolHistoryEntry(CtfEstablishment school, LocalDate entryDate, LocalDate leavingDate, String leavingReason) {

    public CtfSchoolHistoryEntry {
        Objects.requireNonNull(school, "school");
    }
}
