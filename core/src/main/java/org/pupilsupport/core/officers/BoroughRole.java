package org.pupilsupport.core.officers;

/** What an officer may do in one borough. The name is also the Jakarta Security group and role name. */
public enum BoroughRole {
    /** Works cases and children's records. */
    OFFICER("officer"),
    /** Manages the borough's users and settings. */
    ADMINISTRATOR("administrator"),
    /** Reads the borough's audit trail; sees no casework. */
    AUDITOR("auditor"),
    /** The borough's data protection officer: reads the audit trail and answers for the borough's records. */
    DATA_PROTECTION_OFFICER("dpo");

    private final String roleName;

    BoroughRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
