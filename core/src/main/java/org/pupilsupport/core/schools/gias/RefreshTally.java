package org.pupilsupport.core.schools.gias;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pupilsupport.core.schools.FieldChange;
import org.pupilsupport.core.schools.SchoolField;

/** Adds up a refresh as it goes, batch by batch, keeping only as much detail as a report lists. */
final class RefreshTally {

    private final Instant refreshedAt;
    private final Charset charset;
    private final Set<SchoolField> fieldsNotInFile;
    private long rowsRead;
    private int added;
    private int changed;
    private int unchanged;
    private int closed;
    private int rejected;
    private final List<NewSchool> addedSchools = new ArrayList<>();
    private final List<SchoolChange> changedSchools = new ArrayList<>();
    private final List<GiasRow.Rejected> rejectedRows = new ArrayList<>();
    private final Map<SchoolField, Integer> changesByField = new EnumMap<>(SchoolField.class);

    RefreshTally(Instant refreshedAt, Charset charset, Set<SchoolField> fieldsNotInFile) {
        this.refreshedAt = refreshedAt;
        this.charset = charset;
        this.fieldsNotInFile = fieldsNotInFile;
    }

    void rowRead() {
        rowsRead++;
    }

    long rowsRead() {
        return rowsRead;
    }

    void rejected(GiasRow.Rejected row) {
        rejected++;
        if (rejectedRows.size() < RefreshReport.LISTED_AT_MOST) {
            rejectedRows.add(row);
        }
    }

    void applied(BatchResult batch) {
        added += batch.added().size();
        changed += batch.changed().size();
        unchanged += batch.unchanged();
        closed += batch.closed();
        batch.added().stream().limit(RefreshReport.LISTED_AT_MOST - addedSchools.size()).forEach(addedSchools::add);
        batch.changed().stream().limit(RefreshReport.LISTED_AT_MOST - changedSchools.size()).forEach(changedSchools::add);
        batch.changed().stream().flatMap(school -> school.changes().stream()).map(FieldChange::field)
                .forEach(field -> changesByField.merge(field, 1, Integer::sum));
    }

    RefreshReport report(boolean complete) {
        return new RefreshReport(refreshedAt, charset.name(), complete, rowsRead, added, changed, unchanged, closed, rejected,
                addedSchools, changedSchools, rejectedRows, changesByField, fieldsNotInFile);
    }
}
