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
    ADMINISTRATION
}
