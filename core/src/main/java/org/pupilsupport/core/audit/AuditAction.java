package org.pupilsupport.core.audit;

/** What an audited person did. Stored by name: never rename a constant, add a new one. */
public enum AuditAction {
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    SWITCH_BOROUGH,
    ADMINISTRATION,
    /** Tried something the role in the acting borough does not allow. */
    ACCESS_DENIED,
    /** Opened a child's full record without the team knowing the child, giving a reason. */
    BREAK_GLASS,
    /** Showed sensitive fields (social care, concerns) that are hidden by default. */
    REVEAL_SENSITIVE,
    /** Read a file of records into the borough (a preview or a committed import), with its summary. */
    IMPORT
}
