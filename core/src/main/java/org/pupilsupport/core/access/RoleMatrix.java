package org.pupilsupport.core.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.pupilsupport.core.officers.BoroughRole;

/**
 * The one table of what each role may do; docs/security.md prints it and the role-matrix tests walk it.
 *
 * <p>Separation of duties: administrators and auditors see no child's record, officers cannot read the
 * audit trail, and nobody gets a permission by holding a role in another borough.
 */
public final class RoleMatrix {

    private static final Map<BoroughRole, Set<Permission>> GRANTS = Map.of(
            BoroughRole.OFFICER, EnumSet.of(Permission.FIND_CHILDREN, Permission.OPEN_CHILD_RECORDS,
                    Permission.CHANGE_CHILD_RECORDS, Permission.REVEAL_SENSITIVE_FIELDS, Permission.WORK_ON_CASES,
                    Permission.LOG_DATA_PROTECTION_REQUESTS),
            BoroughRole.SENIOR_OFFICER, EnumSet.of(Permission.FIND_CHILDREN, Permission.OPEN_CHILD_RECORDS,
                    Permission.CHANGE_CHILD_RECORDS, Permission.REVEAL_SENSITIVE_FIELDS, Permission.REMOVE_CHILD_RECORDS,
                    Permission.ALLOCATE_CHILDREN, Permission.READ_BREAK_GLASS_REPORT, Permission.IMPORT_FILES,
                    Permission.MERGE_CHILD_RECORDS, Permission.WORK_ON_CASES, Permission.ALLOCATE_CASES,
                    Permission.LOG_DATA_PROTECTION_REQUESTS),
            BoroughRole.ADMINISTRATOR, EnumSet.of(Permission.MANAGE_BOROUGH_USERS, Permission.MANAGE_TEAMS,
                    Permission.MANAGE_SCHOOL_CALENDARS, Permission.VERIFY_AUDIT_TRAIL),
            BoroughRole.AUDITOR, EnumSet.of(Permission.READ_AUDIT_TRAIL, Permission.EXPORT_AUDIT_TRAIL,
                    Permission.VERIFY_AUDIT_TRAIL),
            BoroughRole.DATA_PROTECTION_OFFICER, EnumSet.of(Permission.READ_AUDIT_TRAIL, Permission.EXPORT_AUDIT_TRAIL,
                    Permission.VERIFY_AUDIT_TRAIL, Permission.READ_BREAK_GLASS_REPORT, Permission.ERASE_CHILD_RECORDS,
                    Permission.PLACE_LEGAL_HOLDS, Permission.MANAGE_RETENTION_SCHEDULE, Permission.RUN_DISPOSALS, Permission.RESTRICT_RECORDS,
                    Permission.DELEGATE_DISPOSALS, Permission.LOG_DATA_PROTECTION_REQUESTS, Permission.HANDLE_DATA_PROTECTION_REQUESTS));

    /** Granted by the installation-wide system administrator flag, whatever the borough. */
    private static final Set<Permission> SYSTEM_ADMINISTRATOR = EnumSet.of(Permission.ADMINISTER_INSTALLATION,
            Permission.MANAGE_BOROUGH_USERS, Permission.MANAGE_TEAMS, Permission.MANAGE_SCHOOL_CALENDARS, Permission.VERIFY_AUDIT_TRAIL);

    private RoleMatrix() {
    }

    public static Set<Permission> grantedTo(BoroughRole role) {
        return Set.copyOf(GRANTS.get(role));
    }

    public static Set<Permission> grantedTo(Collection<BoroughRole> roles, boolean systemAdministrator) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> granted.addAll(GRANTS.get(role)));
        if (systemAdministrator) {
            granted.addAll(SYSTEM_ADMINISTRATOR);
        }
        return granted;
    }

    public static Set<Permission> grantedToSystemAdministrator() {
        return Set.copyOf(SYSTEM_ADMINISTRATOR);
    }
}
