package org.pupilsupport.core.schools;

import java.io.Serializable;
import java.util.Objects;

/**
 * One detail of a school that a refresh from GIAS changed, with both values as an officer would read them
 * (dates as "1 September 2012"). A null value means the register had, or now has, nothing for that detail.
 */
public record FieldChange(SchoolField field, String before, String after) implements Serializable {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    /** For example: "Status: Open → Closed" or "Locality: none → Surbiton". */
    @Override
    public String toString() {
        return field.label() + ": " + (before == null ? "none" : before) + " → " + (after == null ? "none" : after);
    }
}
