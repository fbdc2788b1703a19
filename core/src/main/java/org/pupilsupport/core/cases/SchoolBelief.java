package org.pupilsupport.core.cases;

/**
 * Whether the school has reasonable grounds to believe the pupil cannot attend because of sickness or another
 * unavoidable cause (PR 2024 reg 9(1)(i)): if it has, ground (i) cannot be used, however long the absence.
 */
public enum SchoolBelief {
    NO_GROUNDS("No: no reason to think the child is ill or unavoidably absent"),
    HAS_GROUNDS("Yes: the child may be ill or unavoidably absent");

    private final String label;

    SchoolBelief(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
