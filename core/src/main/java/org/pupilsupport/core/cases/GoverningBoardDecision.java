package org.pupilsupport.core.cases;

/** What the governing board decided when it considered reinstatement. */
public enum GoverningBoardDecision {
    UPHELD("Exclusion upheld"),
    REINSTATED("Pupil reinstated");

    private final String label;

    GoverningBoardDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
