package org.pupilsupport.core.cases;

/**
 * The duties the Pupil Support Service discharges, one kind of case each. Every area but school
 * consultancy is about one child; consultancy is recorded against a school.
 */
public enum ServiceArea {
    MISSING_EDUCATION("CME", "Child missing education"),
    SUSPENSION_OR_EXCLUSION("EXC", "Suspension or permanent exclusion"),
    AT_RISK_OF_EXCLUSION("ARE", "At risk of exclusion"),
    MANAGED_MOVE("MMV", "Managed move"),
    REDUCED_TIMETABLE("RTT", "Reduced timetable"),
    HEALTH_NEEDS("S19", "Health needs (s19)"),
    ELECTIVE_HOME_EDUCATION("EHE", "Elective home education"),
    IN_YEAR_TRANSFER("IYT", "In-year transfer or fair access"),
    ALTERNATIVE_PROVISION("ALP", "Alternative provision"),
    SCHOOL_CONSULTANCY("SCO", "School consultancy");

    private final String prefix;
    private final String label;

    ServiceArea(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    /** The letters that start the case reference, e.g. CME-000042. */
    public String prefix() {
        return prefix;
    }

    public String label() {
        return label;
    }

    /** Consultancy is advice to a school; every other area is a child's case. */
    public boolean aboutASchool() {
        return this == SCHOOL_CONSULTANCY;
    }

    public static ServiceArea byPrefix(String prefix) {
        for (ServiceArea area : values()) {
            if (area.prefix.equalsIgnoreCase(prefix)) {
                return area;
            }
        }
        throw new IllegalArgumentException("No service area has the reference letters \"" + prefix + "\"");
    }
}
