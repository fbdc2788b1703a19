package org.pupilsupport.core.cases;

/** The authority's view of the education a home-educating parent provides. */
public enum Suitability {
    NOT_YET_ASSESSED("Not yet assessed"),
    SUITABLE("Appears suitable"),
    NOT_SUITABLE("Does not appear suitable");

    private final String label;

    Suitability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
