package org.pupilsupport.core.children;

/**
 * What someone did with a stated reason to a child not known to them. Each is a way into the full record
 * (opening it, or making oneself or one's team its workers), so each is recorded and reported alike.
 */
public enum BreakGlassPurpose {

    OPENED_RECORD("opened the record"),
    ALLOCATED_CHILD_TO_OWN_TEAM("allocated the child to their own team"),
    ALLOCATED_CASE_TO_SELF_OR_OWN_TEAM("allocated the child's case to themselves or their own team"),
    IMPORTED_FILE("imported a Common Transfer File naming the child");

    private final String label;

    BreakGlassPurpose(String label) {
        this.label = label;
    }

    /** In words, for the break-glass report and the audit trail. */
    public String label() {
        return label;
    }
}
