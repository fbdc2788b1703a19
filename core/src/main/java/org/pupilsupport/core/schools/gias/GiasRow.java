package org.pupilsupport.core.schools.gias;

import java.io.Serializable;

import org.pupilsupport.core.schools.SchoolDetails;

/** One row of a GIAS extract, read: either an establishment for the register, or a row refused and why. */
public sealed interface GiasRow {

    /** The line the row starts on, counting the heading row as line 1. */
    long line();

    /** A row whose details meet the register's rules. */
    record Establishment(long line, int urn, SchoolDetails details) implements GiasRow {
    }

    /**
     * A row left out of the register.
     *
     * @param urn    the URN as written, or null if the row had none
     * @param reason what is wrong, for an officer to read
     */
    record Rejected(long line, String urn, String reason) implements GiasRow, Serializable {

        /** For example: "Line 17 (URN 123456): OpenDate '31-02-2012' is not a date". */
        @Override
        public String toString() {
            return "Line " + line + (urn == null ? "" : " (URN " + urn + ")") + ": " + reason;
        }
    }
}
