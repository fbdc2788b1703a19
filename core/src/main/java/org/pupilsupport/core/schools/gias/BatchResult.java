package org.pupilsupport.core.schools.gias;

import java.util.List;

/** What one committed batch of rows did to the register. */
public record BatchResult(List<NewSchool> added, List<SchoolChange> changed, int unchanged, int closed) {

    public BatchResult {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
    }
}
