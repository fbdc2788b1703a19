package org.pupilsupport.core.children;

/** The child's involvement with children's social care, most serious last. */
public enum SocialCareStatus {
    NONE("No involvement"),
    CHILD_IN_NEED("Child in need"),
    CHILD_PROTECTION_PLAN("Child protection plan"),
    LOOKED_AFTER("Looked after");

    private final String label;

    SocialCareStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
