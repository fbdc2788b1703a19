package org.pupilsupport.core.officers;

/** What an officer may do in one borough. The name is also the Jakarta Security group and role name. */
public enum BoroughRole {
    /** Works cases and children's records. */
    OFFICER("officer"),
    /** A team lead: an officer who also allocates work, removes records made in error and reads the break-glass report. */
    SENIOR_OFFICER("senior-officer"),
    /** The borough administrator: manages the borough's users and teams; sees no child's record. */
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

    /** For screens: "senior officer", "data protection officer". */
    public String label() {
        return switch (this) {
            case DATA_PROTECTION_OFFICER -> "data protection officer";
            case ADMINISTRATOR -> "borough administrator";
            default -> name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
