package org.pupilsupport.core.audit;

/** What an audited person did. Stored by name: never rename a constant, add a new one. */
public enum AuditAction {
    VIEW("Looked at"),
    SEARCH("Searched"),
    CREATE("Created"),
    UPDATE("Changed"),
    DELETE("Removed"),
    EXPORT("Downloaded"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Failed to sign in"),
    SIGN_OUT("Signed out"),
    SWITCH_BOROUGH("Switched borough"),
    ADMINISTRATION("Administered accounts"),
    /** Tried something the role in the acting borough does not allow. */
    ACCESS_DENIED("Was refused"),
    /** Opened a child's full record without the team knowing the child, giving a reason. */
    BREAK_GLASS("Opened with a reason (break-glass)"),
    /** Showed sensitive fields (social care, concerns) that are hidden by default. */
    REVEAL_SENSITIVE("Showed sensitive information"),
    /** Read a file of records into the borough (a preview or a committed import), with its summary. */
    IMPORT("Imported a file"),
    /** Erased a record's personal data (on request or under the retention schedule), leaving a tombstone. */
    ERASE("Erased"),
    /** Restricted a record (read-only and hidden from lists), or lifted a restriction. */
    RESTRICT("Restricted");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The action in an auditor's words. */
    public String label() {
        return label;
    }
}
