package org.pupilsupport.core.cases;

/** DfE exclusion categories (school census): PERM and SUSP. */
public enum ExclusionCategory {
    SUSPENSION("SUSP", "Suspension"),
    PERMANENT("PERM", "Permanent exclusion");

    private final String dfeCode;
    private final String label;

    ExclusionCategory(String dfeCode, String label) {
        this.dfeCode = dfeCode;
        this.label = label;
    }

    public String dfeCode() {
        return dfeCode;
    }

    public String label() {
        return label;
    }
}
