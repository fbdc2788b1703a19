package org.pupilsupport.core.children;

/**
 * How a child is on a school's roll, with the DfE codes: C for a single registration, M for the main school
 * of a dual registration, S for the subsidiary school (for example a pupil referral unit).
 */
public enum EnrolmentStatus {
    CURRENT_SINGLE("C", "Single registration"),
    MAIN_DUAL("M", "Dual registration, main school"),
    SUBSIDIARY_DUAL("S", "Dual registration, subsidiary school");

    private final String dfeCode;
    private final String label;

    EnrolmentStatus(String dfeCode, String label) {
        this.dfeCode = dfeCode;
        this.label = label;
    }

    public String dfeCode() {
        return dfeCode;
    }

    public String label() {
        return label;
    }

    /** Whether this registration is the child's main school (C or M); a child has at most one at a time. */
    public boolean isMain() {
        return this != SUBSIDIARY_DUAL;
    }

    /** @throws IllegalArgumentException for a code that is not C, M or S */
    public static EnrolmentStatus ofDfeCode(String code) {
        return DfeCodes.lookUp(values(), EnrolmentStatus::dfeCode, code, "Enrolment status is C, M or S, not \"" + code + "\"");
    }
}
