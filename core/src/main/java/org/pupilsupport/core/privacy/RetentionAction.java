package org.pupilsupport.core.privacy;

/** What happens when a record falls due. Stored by name: never rename a constant. */
public enum RetentionAction {
    /** Listed for review and, once approved, erased whole, leaving a tombstone. */
    DISPOSE("dispose of"),
    /** Personal data removed and the rest kept for statistics. */
    ANONYMISE("anonymise"),
    /** Listed for a person to decide: keep for longer (deferred with a reason) or dispose of. */
    REVIEW("review");

    private final String label;

    RetentionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
