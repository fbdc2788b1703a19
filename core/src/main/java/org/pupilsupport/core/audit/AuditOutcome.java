package org.pupilsupport.core.audit;

/** How an audited act ended. {@link #NOT_FOUND} is also what another borough's id gives. */
public enum AuditOutcome {
    SUCCESS("Done"),
    NOT_FOUND("Not found"),
    REFUSED("Refused"),
    FAILED("Failed");

    private final String label;

    AuditOutcome(String label) {
        this.label = label;
    }

    /** The outcome in an auditor's words. */
    public String label() {
        return label;
    }
}
