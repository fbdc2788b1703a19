package org.pupilsupport.core.children;

/** How a parent or carer is related to the child. */
public enum CarerRelationship {
    MOTHER("Mother"),
    FATHER("Father"),
    STEP_PARENT("Step-parent"),
    GRANDPARENT("Grandparent"),
    OTHER_RELATIVE("Other relative"),
    FOSTER_CARER("Foster carer"),
    CARER("Carer"),
    SOCIAL_WORKER("Social worker"),
    OTHER("Other");

    private final String label;

    CarerRelationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
