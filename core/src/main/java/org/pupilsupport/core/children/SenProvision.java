package org.pupilsupport.core.children;

/** Special educational needs provision, with the DfE census codes (E, K, N). */
public enum SenProvision {
    EHC_PLAN("E", "Education, health and care plan"),
    SEN_SUPPORT("K", "SEN support"),
    NO_SEN("N", "No special educational need");

    private final String dfeCode;
    private final String label;

    SenProvision(String dfeCode, String label) {
        this.dfeCode = dfeCode;
        this.label = label;
    }

    public String dfeCode() {
        return dfeCode;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException for a code that is not E, K or N */
    public static SenProvision ofDfeCode(String code) {
        return DfeCodes.lookUp(values(), SenProvision::dfeCode, code, "SEN provision is E (EHC plan), K (SEN support) or N (none), not \"" + code + "\"");
    }
}
