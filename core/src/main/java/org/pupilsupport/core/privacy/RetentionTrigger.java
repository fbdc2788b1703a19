package org.pupilsupport.core.privacy;

/** The event a retention period runs from. Stored by name: never rename a constant. */
public enum RetentionTrigger {
    CASE_CLOSED("the case was closed"),
    EIGHTEENTH_BIRTHDAY("the child's 18th birthday"),
    TWENTY_FIFTH_BIRTHDAY("the child's 25th birthday"),
    LAST_CONTACT("the last contact recorded"),
    DATE_RECEIVED("the date it was received or recorded");

    private final String label;

    RetentionTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
