package org.pupilsupport.core.privacy;

/** What a legal hold keeps a record for. Stored by name: never rename a constant. */
public enum LegalHoldReason {
    LITIGATION("litigation, actual or expected"),
    COMPLAINT("a complaint being investigated"),
    SAFEGUARDING_ENQUIRY("a safeguarding enquiry"),
    INFORMATION_REQUEST("an information request being answered");

    private final String label;

    LegalHoldReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
