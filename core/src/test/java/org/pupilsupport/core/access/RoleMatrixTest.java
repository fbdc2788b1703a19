package org.pupilsupport.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.officers.BoroughRole;

/** The role matrix as docs/security.md states it; a change to who may do what has to change this test too. */
class RoleMatrixTest {

    @Test
    void officersWorkWithChildrenAndCasesButNeitherAllocateNorReadTheTrail() {
        assertEquals(EnumSet.of(Permission.FIND_CHILDREN, Permission.OPEN_CHILD_RECORDS, Permission.CHANGE_CHILD_RECORDS,
                Permission.REVEAL_SENSITIVE_FIELDS, Permission.WORK_ON_CASES, Permission.LOG_DATA_PROTECTION_REQUESTS),
                RoleMatrix.grantedTo(BoroughRole.OFFICER));
    }

    @Test
    void seniorOfficersAlsoAllocateRemoveErrorsAndReviewBreakGlass() {
        Set<Permission> senior = RoleMatrix.grantedTo(BoroughRole.SENIOR_OFFICER);
        assertTrue(senior.containsAll(RoleMatrix.grantedTo(BoroughRole.OFFICER)));
        assertTrue(senior.containsAll(List.of(Permission.ALLOCATE_CHILDREN, Permission.REMOVE_CHILD_RECORDS, Permission.READ_BREAK_GLASS_REPORT,
                Permission.ALLOCATE_CASES, Permission.WORK_ON_CASES)));
        assertFalse(senior.contains(Permission.READ_AUDIT_TRAIL));
    }

    @Test
    void onlyTheDpoKeepsTheRegisterOfDataProtectionRequestsThoughEveryoneWorkingWithChildrenLogsThem() {
        for (BoroughRole role : BoroughRole.values()) {
            Set<Permission> granted = RoleMatrix.grantedTo(role);
            assertEquals(role == BoroughRole.DATA_PROTECTION_OFFICER, granted.contains(Permission.HANDLE_DATA_PROTECTION_REQUESTS), role.name());
            assertEquals(role != BoroughRole.ADMINISTRATOR && role != BoroughRole.AUDITOR, granted.contains(Permission.LOG_DATA_PROTECTION_REQUESTS), role.name());
        }
    }

    @Test
    void administratorsAndAuditorsSeeNoChild() {
        for (BoroughRole role : List.of(BoroughRole.ADMINISTRATOR, BoroughRole.AUDITOR, BoroughRole.DATA_PROTECTION_OFFICER)) {
            Set<Permission> granted = RoleMatrix.grantedTo(role);
            assertFalse(granted.contains(Permission.FIND_CHILDREN) || granted.contains(Permission.OPEN_CHILD_RECORDS)
                    || granted.contains(Permission.REVEAL_SENSITIVE_FIELDS) || granted.contains(Permission.WORK_ON_CASES),
                    role + " must not see children's records or cases");
        }
    }

    @Test
    void administratorsManageUsersTeamsAndTermDatesButCannotReadTheTrail() {
        assertEquals(EnumSet.of(Permission.MANAGE_BOROUGH_USERS, Permission.MANAGE_TEAMS, Permission.MANAGE_SCHOOL_CALENDARS, Permission.VERIFY_AUDIT_TRAIL),
                RoleMatrix.grantedTo(BoroughRole.ADMINISTRATOR));
    }

    @Test
    void auditorsReadExportAndVerifyTheTrailAndTheDpoAlsoReviewsBreakGlassErasesAndHolds() {
        assertEquals(EnumSet.of(Permission.READ_AUDIT_TRAIL, Permission.EXPORT_AUDIT_TRAIL, Permission.VERIFY_AUDIT_TRAIL),
                RoleMatrix.grantedTo(BoroughRole.AUDITOR));
        assertEquals(EnumSet.of(Permission.READ_AUDIT_TRAIL, Permission.EXPORT_AUDIT_TRAIL, Permission.VERIFY_AUDIT_TRAIL,
                Permission.READ_BREAK_GLASS_REPORT, Permission.ERASE_CHILD_RECORDS, Permission.PLACE_LEGAL_HOLDS,
                Permission.MANAGE_RETENTION_SCHEDULE, Permission.RUN_DISPOSALS, Permission.RESTRICT_RECORDS, Permission.DELEGATE_DISPOSALS,
                Permission.LOG_DATA_PROTECTION_REQUESTS, Permission.HANDLE_DATA_PROTECTION_REQUESTS),
                RoleMatrix.grantedTo(BoroughRole.DATA_PROTECTION_OFFICER));
    }

    @Test
    void systemAdministrationAddsInstallationPowersButNoChildrenAndNoTrailReading() {
        Set<Permission> systemOnly = RoleMatrix.grantedTo(Set.of(), true);
        assertTrue(systemOnly.contains(Permission.ADMINISTER_INSTALLATION));
        assertFalse(systemOnly.contains(Permission.FIND_CHILDREN) || systemOnly.contains(Permission.READ_AUDIT_TRAIL));
        assertEquals(Set.of(), RoleMatrix.grantedTo(Set.of(), false), "no role, no permission");
    }

    @Test
    void rolesCombineByUnion() {
        Set<Permission> both = RoleMatrix.grantedTo(Set.of(BoroughRole.OFFICER, BoroughRole.AUDITOR), false);
        assertTrue(both.contains(Permission.OPEN_CHILD_RECORDS) && both.contains(Permission.READ_AUDIT_TRAIL));
    }

    @Test
    void theMethodsAnnotationWinsOverItsClasses() throws NoSuchMethodException {
        assertEquals(Permission.MANAGE_TEAMS, PermissionCheck.requiredBy(Guarded.class.getMethod("own")));
        assertEquals(Permission.FIND_CHILDREN, PermissionCheck.requiredBy(Guarded.class.getMethod("inherited")));
    }

    @Requires(Permission.FIND_CHILDREN)
    static class Guarded {
        @Requires(Permission.MANAGE_TEAMS)
        public void own() {
            // annotation carrier
        }

        public void inherited() {
            // annotation carrier
        }
    }
}
