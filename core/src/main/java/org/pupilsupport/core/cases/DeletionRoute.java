package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.pupilsupport.core.children.CompulsorySchoolAge;

/**
 * What a school's deletion return starts, by its ground (School Attendance (Pupil Registration) (England)
 * Regulations 2024, reg 9(1)). Every return is kept on the child; only the grounds that may leave a child
 * without education open a child-missing-education case (Education Act 1996 s436A), so the count of children
 * missing education is not swollen by ordinary moves.
 */
public enum DeletionRoute {
    /** The child may be missing education: a CME case, enquiries from day one. */
    MISSING_EDUCATION("a child missing education case"),
    /** Ground (f): the parent told the school in writing that the child will be educated at home. */
    HOME_EDUCATION("a home education case"),
    /**
     * Known to be on another school's roll (a), still registered at another school (c), died (k), over
     * compulsory school age and not continuing (l), or permanently excluded (o, which the exclusion's own
     * notice and the authority's sixth-day duty deal with): not a child missing education.
     */
    RECORDED_ON_CHILD("no case: recorded on the child");

    private static final Set<String> NOT_MISSING_EDUCATION = Set.of("A", "C", "K", "L", "O");

    private final String label;

    DeletionRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A return for a pupil not of compulsory school age on the day of deletion (a nursery child, a sixth former) is
     * recorded on the child whatever its ground: reg 9(3) governs such deletions, and the duties to find children
     * missing education and to check home education concern children of compulsory school age (Education Act 1996
     * s436A, s437).
     */
    public static DeletionRoute of(String ground, LocalDate dateOfBirth, LocalDate deletedOn) {
        if (dateOfBirth != null && deletedOn != null && !CompulsorySchoolAge.on(dateOfBirth, deletedOn)) {
            return RECORDED_ON_CHILD;
        }
        return of(ground);
    }

    /** @param ground a code of the {@code deletion-ground} reference set, the letter of reg 9(1) */
    public static DeletionRoute of(String ground) {
        String letter = ground.strip().toUpperCase(Locale.ROOT);
        if ("F".equals(letter)) {
            return HOME_EDUCATION;
        }
        return NOT_MISSING_EDUCATION.contains(letter) ? RECORDED_ON_CHILD : MISSING_EDUCATION;
    }
}
