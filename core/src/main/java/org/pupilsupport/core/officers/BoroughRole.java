package org.pupilsupport.core.officers;

/** What an officer may do in one borough. The name is also the Jakarta Security group and role name. */
public enum BoroughRole {
    /** Works cases and children's records. */
    OFFICER("officer"),
    /** Manages the borough's users and settings. */
    ADMINISTRATOR("administrator");

    private final String roleName;

    BoroughRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
