package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.SensitiveDetails;
import org.pupilsupport.core.children.SocialCareStatus;
import org.pupilsupport.core.officers.AccountNotFoundException;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.teams.TeamNotFoundException;
import org.pupilsupport.core.teams.Teams;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Richmond's staff, with every role Richmond can give, aim every action at Kingston's child, team and
 * account by id. Each attempt must answer "not found" exactly as for an id that never existed, leave an
 * audit entry in Richmond's chain, and change nothing in Kingston.
 */
@ExtendWith(ArquillianExtension.class)
class CrossBoroughAttackIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(CrossBoroughAttackIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    ChildRegister children;

    @Inject
    Teams teams;

    @Inject
    OfficerAccounts accounts;

    @Inject
    AuditChains chains;

    private String kingstonOfficer;
    private String kingstonTeam;
    private String kingstonChild;
    private String attacker;

    @BeforeEach
    void kingstonHasAChildATeamAndAnOfficerAndRichmondHasAnAttacker() {
        kingstonOfficer = officers.newAccount("kingston.target", KINGSTON, BoroughRole.OFFICER);
        kingstonTeam = officers.newTeam(KINGSTON, kingstonOfficer);
        officers.actAs(kingstonOfficer, KINGSTON);
        kingstonChild = children.register(new NewChild("Target", null, "Attacktest", LocalDate.of(2013, 4, 4), null));
        children.recordSensitiveDetails(kingstonChild, new SensitiveDetails(SocialCareStatus.LOOKED_AFTER, "Kingston's own note"));
        attacker = officers.newAccount("richmond.attacker", RICHMOND, BoroughRole.SENIOR_OFFICER, BoroughRole.ADMINISTRATOR);
        officers.newTeam(RICHMOND, attacker);
    }

    @Test
    void everyChildActionWithKingstonsIdIsNotFoundAndAuditedInRichmond() {
        Map<String, Runnable> attacks = new LinkedHashMap<>();
        attacks.put("correct the name", () -> children.correctLegalName(kingstonChild, "Stolen", null, "Name"));
        attacks.put("record sensitive details", () -> children.recordSensitiveDetails(kingstonChild, new SensitiveDetails(SocialCareStatus.NONE, null)));
        attacks.put("reveal sensitive details", () -> children.revealSensitiveDetails(kingstonChild));
        attacks.put("remove the record", () -> children.removeRecordedInError(kingstonChild));
        attacks.put("open giving a reason", () -> children.openGivingReason(kingstonChild, "Pretending to have a good reason"));
        attacks.put("allocate to a Richmond team", () -> children.allocate(kingstonChild, teams.allocatable().get(0).id()));
        attacks.put("take Kingston's allocation away", () -> children.deallocate(kingstonChild, kingstonTeam));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Runnable> attack : attacks.entrySet()) {
            officers.actAs(attacker, RICHMOND);
            long before = richmondEntriesAbout(kingstonChild);
            officers.actAs(attacker, RICHMOND);
            try {
                attack.getValue().run();
                failures.add(attack.getKey() + ": was not refused");
            } catch (ChildNotFoundException expected) {
                // exactly what an unknown id gives
            } catch (RuntimeException other) {
                failures.add(attack.getKey() + ": " + other);
            }
            if (richmondEntriesAbout(kingstonChild) != before + 1) {
                failures.add(attack.getKey() + ": no audit entry in Richmond's chain");
            }
        }
        officers.actAs(attacker, RICHMOND);
        assertInstanceOf(ChildRecordAccess.NotFound.class, children.open(kingstonChild));
        assertEquals(List.of(), children.allocationsOf(kingstonChild), "Kingston's allocations are invisible");
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
        assertKingstonUntouched();
    }

    @Test
    void everyTeamAndAccountActionWithKingstonsIdsIsNotFoundAndAudited() {
        officers.actAs(attacker, RICHMOND);
        assertThrows(TeamNotFoundException.class, () -> teams.rename(kingstonTeam, "Taken over"));
        assertThrows(TeamNotFoundException.class, () -> teams.admit(kingstonTeam, attacker));
        assertThrows(TeamNotFoundException.class, () -> teams.release(kingstonTeam, kingstonOfficer));
        assertThrows(TeamNotFoundException.class, () -> teams.find(kingstonTeam));
        assertThrows(AccountNotFoundException.class, () -> accounts.changeRolesInActingBorough(kingstonOfficer, Set.of(BoroughRole.AUDITOR)));
        assertThrows(AccountNotFoundException.class, () -> accounts.resetPassword(kingstonOfficer, "a takeover passphrase".toCharArray()));
        assertThrows(AccountNotFoundException.class, () -> accounts.setEnabled(kingstonOfficer, false));
        assertThrows(IllegalArgumentException.class, () -> teams.admit(teams.allocatable().get(0).id(), kingstonOfficer),
                "a Kingston-only officer cannot be put in a Richmond team");

        officers.actAsSystemIn(RICHMOND);
        List<AuditEntry> latest = chains.latest(8);
        assertEquals(7, latest.stream().filter(entry -> entry.outcome() == AuditOutcome.NOT_FOUND).count(), "seven not-found attempts recorded");

        officers.actAsSystemIn(KINGSTON);
        assertEquals(Set.of(kingstonOfficer), teams.find(kingstonTeam).members());
        assertEquals(Set.of(BoroughRole.OFFICER), accounts.describe(kingstonOfficer).orElseThrow().rolesIn(KINGSTON));
        assertEquals(Set.of(), accounts.describe(kingstonOfficer).orElseThrow().rolesIn(RICHMOND));
    }

    private long richmondEntriesAbout(String childId) {
        officers.actAsSystemIn(RICHMOND);
        return chains.entriesAbout("child", childId).stream().filter(entry -> entry.outcome() == AuditOutcome.NOT_FOUND).count()
                + chains.entriesAbout("child-allocation", childId).size();
    }

    private void assertKingstonUntouched() {
        officers.actAs(kingstonOfficer, KINGSTON);
        ChildRecordAccess.Granted granted = assertInstanceOf(ChildRecordAccess.Granted.class, children.open(kingstonChild));
        assertEquals("Target Attacktest", granted.child().legalName().full());
        assertEquals(SocialCareStatus.LOOKED_AFTER, children.revealSensitiveDetails(kingstonChild).socialCareStatus());
        assertEquals(1, children.allocationsOf(kingstonChild).size());
    }
}
