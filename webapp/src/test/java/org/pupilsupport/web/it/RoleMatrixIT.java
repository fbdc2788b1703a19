package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.RoleMatrix;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditChains.AuditQuery;
import org.pupilsupport.core.audit.AuditExport;
import org.pupilsupport.core.audit.AuditVerification;
import org.pupilsupport.core.children.BreakGlassReport;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.teams.Teams;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Each role against each guarded service action, on the real server: an action is refused exactly when
 * the role matrix does not grant its permission. Pages are covered by {@link PageAccessIT}; this is the
 * layer underneath, which holds even if a page forgets to check.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final String NO_SUCH_CHILD = "00000000-0000-0000-0000-000000000000";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(RoleMatrixIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    @Inject
    BreakGlassReport breakGlassReport;

    @Inject
    AuditChains chains;

    @Inject
    AuditExport export;

    @Inject
    AuditVerification verification;

    @Inject
    OfficerAccounts accounts;

    @Inject
    Teams teams;

    @Inject
    org.pupilsupport.core.calendar.SchoolCalendars schoolCalendars;

    @Inject
    org.pupilsupport.core.children.ctf.CtfImports ctfImports;

    @Inject
    org.pupilsupport.core.cases.Casework casework;

    @Inject
    org.pupilsupport.core.privacy.ChildErasure erasure;

    @Inject
    org.pupilsupport.core.privacy.LegalHolds holds;

    @Inject
    org.pupilsupport.core.privacy.RetentionSchedule retentionSchedule;

    @Inject
    org.pupilsupport.core.privacy.DisposalRuns disposalRuns;

    @Inject
    org.pupilsupport.core.privacy.RecordRestrictions restrictions;

    @Inject
    org.pupilsupport.core.privacy.DisposalDelegations delegations;

    @Inject
    org.pupilsupport.core.privacy.requests.DataProtectionRequests dataProtectionRequests;

    /** One harmless attempt at each permission's action; any answer but a refusal means "allowed". */
    private Map<Permission, Runnable> actions() {
        AuditQuery everything = new AuditQuery(null, null, null, null, null);
        Map<Permission, Runnable> actions = new EnumMap<>(Permission.class);
        actions.put(Permission.FIND_CHILDREN, () -> children.search("Rolematrix", 0, 5));
        actions.put(Permission.OPEN_CHILD_RECORDS, () -> children.open(NO_SUCH_CHILD));
        actions.put(Permission.CHANGE_CHILD_RECORDS, () -> children.register(new NewChild("Role", null, "Matrix", LocalDate.of(2015, 1, 1), null)));
        actions.put(Permission.MERGE_CHILD_RECORDS, () -> children.reverseMerge("no-such-merge"));
        actions.put(Permission.REMOVE_CHILD_RECORDS, () -> children.removeRecordedInError(NO_SUCH_CHILD));
        actions.put(Permission.REVEAL_SENSITIVE_FIELDS, () -> children.revealSensitiveDetails(NO_SUCH_CHILD));
        actions.put(Permission.IMPORT_FILES, () -> {
            try {
                ctfImports.preview(new java.io.ByteArrayInputStream("not a CTF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (org.pupilsupport.core.children.ctf.CtfFileRejectedException | java.io.IOException expected) {
                // the permission check was passed
            }
        });
        actions.put(Permission.ALLOCATE_CHILDREN, () -> children.allocate(NO_SUCH_CHILD, "no-such-team"));
        actions.put(Permission.WORK_ON_CASES, () -> casework.open("CME-999999999"));
        actions.put(Permission.ALLOCATE_CASES, () -> casework.allocationTeams());
        actions.put(Permission.READ_BREAK_GLASS_REPORT, () -> breakGlassReport.lastThirtyDays());
        actions.put(Permission.READ_AUDIT_TRAIL, () -> chains.search(everything, 0, 1));
        actions.put(Permission.EXPORT_AUDIT_TRAIL, () -> export.writeCsv(new AuditQuery(NO_SUCH_CHILD, null, null, null, null), OutputStream.nullOutputStream()));
        actions.put(Permission.VERIFY_AUDIT_TRAIL, () -> verification.verifyActingBorough());
        actions.put(Permission.MANAGE_BOROUGH_USERS, () -> accounts.accountsInActingBorough());
        actions.put(Permission.MANAGE_TEAMS, () -> teams.all());
        actions.put(Permission.MANAGE_SCHOOL_CALENDARS, () -> schoolCalendars.current(null));
        actions.put(Permission.ERASE_CHILD_RECORDS, () -> erasure.erase(NO_SUCH_CHILD,
                org.pupilsupport.core.privacy.ErasureGround.ERASURE_REQUEST, "Role matrix check"));
        actions.put(Permission.PLACE_LEGAL_HOLDS, () -> holds.active());
        actions.put(Permission.MANAGE_RETENTION_SCHEDULE, () -> retentionSchedule.lines());
        actions.put(Permission.RUN_DISPOSALS, () -> disposalRuns.runs());
        actions.put(Permission.RESTRICT_RECORDS, () -> restrictions.allInForce());
        actions.put(Permission.DELEGATE_DISPOSALS, () -> delegations.all());
        actions.put(Permission.LOG_DATA_PROTECTION_REQUESTS, () -> dataProtectionRequests.log(
                new org.pupilsupport.core.privacy.requests.DataProtectionRequests.NewRequest(null, null, null, null, null, null, null, null, null, null, null, null)));
        actions.put(Permission.HANDLE_DATA_PROTECTION_REQUESTS, () -> dataProtectionRequests.register(false));
        actions.put(Permission.ADMINISTER_INSTALLATION, () -> accounts.create("x", "", new char[0], Map.of()));
        return actions;
    }

    @Test
    void everyPermissionHasAnActionInThisTest() {
        assertEquals(EnumSet.allOf(Permission.class), actions().keySet(), "a new permission needs its row here");
    }

    @Test
    void eachRoleIsRefusedExactlyWhatTheMatrixDoesNotGrant() {
        List<String> mismatches = new ArrayList<>();
        for (BoroughRole role : BoroughRole.values()) {
            String username = officers.newAccount("matrix." + role.roleName(), KINGSTON, role);
            Set<Permission> granted = RoleMatrix.grantedTo(role);
            actions().forEach((permission, action) -> {
                officers.actAs(username, KINGSTON);
                boolean refused = attempt(action);
                if (refused == granted.contains(permission)) {
                    mismatches.add(role + " " + (refused ? "was refused " : "was allowed ") + permission);
                }
            });
        }
        if (!mismatches.isEmpty()) {
            fail(String.join("\n", mismatches));
        }
    }

    @Test
    void aRoleHeldInTheOtherBoroughGrantsNothingHere() {
        String richmondSenior = officers.newAccount("matrix.richmond", TenantId.of("richmond"), BoroughRole.SENIOR_OFFICER);
        List<Permission> allowed = new ArrayList<>();
        actions().forEach((permission, action) -> {
            officers.actAs(richmondSenior, KINGSTON);
            if (!attempt(action)) {
                allowed.add(permission);
            }
        });
        assertEquals(List.of(), allowed, "roles in Richmond allow nothing while acting for Kingston");
    }

    /** @return true if refused for want of a permission */
    private static boolean attempt(Runnable action) {
        try {
            action.run();
            return false;
        } catch (AccessDeniedException refused) {
            return true;
        } catch (RuntimeException otherwiseRefused) {
            // Not found, a bad argument, a reason required: the permission check was passed.
            return false;
        }
    }
}
