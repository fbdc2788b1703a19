package org.pupilsupport.core.schools.gias;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pupilsupport.core.schools.SchoolField;

/**
 * What a refresh of the school register did. The counts are complete; the lists of schools and rows are
 * cut at {@link #LISTED_AT_MOST} each, enough to read on a page (the first load of a full extract adds
 * about 50,000 schools). The caller records the report in the audit trail: the refresh itself cannot,
 * since the trail is kept per borough and the register belongs to the whole installation. Serializable,
 * so a view-scoped page may keep it.
 *
 * @param refreshedAt         the time recorded against every school in the file
 * @param encoding            how the file was read: windows-1252, or UTF-8 for a file with a byte-order mark
 * @param complete            false if the refresh stopped part way (see {@link RefreshStoppedException})
 * @param rowsRead            rows read, rejected ones included
 * @param closedInThisRefresh schools already in the register whose status became Closed (also counted as changed)
 * @param changesByField      for each detail, how many schools it changed for (all of them, not only those listed)
 * @param fieldsNotInFile     details the file had no column for, left as they were
 */
public record RefreshReport(
        Instant refreshedAt,
        String encoding,
        boolean complete,
        long rowsRead,
        int added,
        int changed,
        int unchanged,
        int closedInThisRefresh,
        int rejected,
        List<NewSchool> addedSchools,
        List<SchoolChange> changedSchools,
        List<GiasRow.Rejected> rejectedRows,
        Map<SchoolField, Integer> changesByField,
        Set<SchoolField> fieldsNotInFile) implements Serializable {

    /** The most schools, or rejected rows, listed for each kind. */
    public static final int LISTED_AT_MOST = 1000;

    public RefreshReport {
        addedSchools = List.copyOf(addedSchools);
        changedSchools = List.copyOf(changedSchools);
        rejectedRows = List.copyOf(rejectedRows);
        changesByField = Map.copyOf(changesByField);
        fieldsNotInFile = Set.copyOf(fieldsNotInFile);
    }

    /** Schools added but left out of {@link #addedSchools()} to keep the report readable. */
    public int addedNotListed() {
        return added - addedSchools.size();
    }

    public int changedNotListed() {
        return changed - changedSchools.size();
    }

    public int rejectedNotListed() {
        return rejected - rejectedRows.size();
    }

    /**
     * One paragraph for an officer, and for the audit entry the caller writes, e.g. "Refresh complete:
     * 12 schools added, 340 changed (28 of them now closed), 49,500 unchanged, 3 rows rejected."
     */
    public String summary() {
        StringBuilder summary = new StringBuilder(complete ? "Refresh complete: " : "Refresh stopped part way: ");
        summary.append(count(added, "school", "schools")).append(" added, ")
                .append(number(changed)).append(" changed");
        if (closedInThisRefresh > 0) {
            summary.append(" (").append(number(closedInThisRefresh)).append(" of them now closed)");
        }
        summary.append(", ").append(number(unchanged)).append(" unchanged, ")
                .append(count(rejected, "row", "rows")).append(" rejected.");
        if (!fieldsNotInFile.isEmpty()) {
            summary.append(" The file had no column for ")
                    .append(fieldsNotInFile.stream().sorted().map(SchoolField::label).collect(Collectors.joining(", ")))
                    .append(", so those details were left as they were.");
        }
        return summary.toString();
    }

    private static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }
}
