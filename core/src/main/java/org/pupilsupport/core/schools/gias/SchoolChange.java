package org.pupilsupport.core.schools.gias;

import java.io.Serializable;
import java.util.List;

import org.pupilsupport.core.schools.FieldChange;

/**
 * What a refresh changed about one school already in the register.
 *
 * @param name the school's name after the refresh
 */
public record SchoolChange(int urn, String name, List<FieldChange> changes) implements Serializable {

    public SchoolChange {
        changes = List.copyOf(changes);
    }

    /** For example: "140001 St Thérèse's Catholic Primary School: Status: Open → Closed; Close date: none → 31 August 2026". */
    @Override
    public String toString() {
        return urn + " " + name + ": " + String.join("; ", changes.stream().map(FieldChange::toString).toList());
    }
}
