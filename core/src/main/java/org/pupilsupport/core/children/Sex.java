package org.pupilsupport.core.children;

/** Sex as schools record it in the census and the Common Transfer File (M, F), or not yet recorded. */
public enum Sex {
    FEMALE("F", "Female"),
    MALE("M", "Male"),
    NOT_RECORDED("U", "Not recorded");

    private final String dfeCode;
    private final String label;

    Sex(String dfeCode, String label) {
        this.dfeCode = dfeCode;
        this.label = label;
    }

    public String dfeCode() {
        return dfeCode;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException for a code that is not M, F or U */
    public static Sex ofDfeCode(String code) {
        return DfeCodes.lookUp(values(), Sex::dfeCode, code, "Sex is recorded as M, F or U, not \"" + code + "\"");
    }
}
