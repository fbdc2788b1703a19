package org.pupilsupport.core.cases;

/** Who commissioned and pays for an alternative provision placement. */
public enum Commissioner {
    LOCAL_AUTHORITY("The local authority"),
    SCHOOL("The school");

    private final String label;

    Commissioner(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
