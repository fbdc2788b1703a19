package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditChains;
import org.pupilsupport.core.audit.AuditEntry;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.officers.SignInThrottle;
import org.pupilsupport.core.teams.Teams;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * What borough administrators may and may not do to accounts, on the real server: every act lands in the
 * borough's trail with what changed; nobody administers their own account; an account that also works in
 * the other borough is left to a system administrator; a reset lifts a lockout; people change their own
 * password only by proving the current one.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final TenantId KINGSTON = TenantId.of("kingston");
    private static final TenantId RICHMOND = TenantId.of("richmond");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(AdministrationIT.class, TestOfficers.class);
    }

    @Inject
    TestOfficers officers;

    @Inject
    OfficerAccounts accounts;

    @Inject
    Teams teams;

    @Inject
    AuditChains chains;

    @Inject
    Actor actor;

    @Test
    void everyAdministrativeActIsRecordedWithWhatChanged() {
        String administrator = officers.newAccount("admin", KINGSTON, BoroughRole.ADMINISTRATOR);
        officers.actAs(administrator, KINGSTON);
        String username = "new.colleague." + Long.toString(System.nanoTime(), 36);
        accounts.createInActingBorough(username, "New Colleague", "brass lantern orchard".toCharArray(), Set.of(BoroughRole.OFFICER));
        accounts.changeRolesInActingBorough(username, Set.of(BoroughRole.SENIOR_OFFICER));
        accounts.resetPassword(username, "copper kettle meadow".toCharArray());
        accounts.setEnabled(username, false);
        String team = teams.create("Team of " + username);
        officers.actAs(administrator, KINGSTON);
        teams.admit(team, username);

        officers.actAsSystemIn(KINGSTON);
        List<String> details = chains.latest(6).stream().map(AuditEntry::details).toList();
        assertEquals(List.of("member added: " + username, "created team \"Team of " + username + "\"", "account disabled", "password reset",
                "roles in kingston: [officer] -> [senior-officer]", "account created; roles in kingston: [officer]"), details);
        assertTrue(chains.latest(6).stream().allMatch(entry -> entry.action() == AuditAction.ADMINISTRATION && entry.username().equals(administrator)));
        assertTrue(details.stream().noneMatch(detail -> detail.contains("kettle") || detail.contains("lantern")), "no password reaches the trail");
        officers.actAsSystemIn(RICHMOND);
        assertTrue(chains.entriesAbout("account", username).isEmpty(), "Richmond's trail knows nothing of Kingston's account");
    }

    @Test
    void nobodyAdministersTheirOwnAccount() {
        String administrator = officers.newAccount("self.admin", KINGSTON, BoroughRole.ADMINISTRATOR);
        officers.actAs(administrator, KINGSTON);
        assertThrows(IllegalArgumentException.class, () -> accounts.changeRolesInActingBorough(administrator, Set.of(BoroughRole.ADMINISTRATOR, BoroughRole.OFFICER)));
        assertThrows(IllegalArgumentException.class, () -> accounts.resetPassword(administrator, "my own new passphrase".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> accounts.setEnabled(administrator, false));
        assertEquals(Set.of(BoroughRole.ADMINISTRATOR), accounts.describe(administrator).orElseThrow().rolesIn(KINGSTON));
    }

    @Test
    void anAccountThatAlsoWorksInTheOtherBoroughIsLeftToASystemAdministrator() {
        officers.actAsSystemIn(KINGSTON);
        String shared = "shared.officer." + Long.toString(System.nanoTime(), 36);
        accounts.create(shared, "Shared Officer", "willow harbour compass".toCharArray(),
                Map.of(KINGSTON, Set.of(BoroughRole.OFFICER), RICHMOND, Set.of(BoroughRole.OFFICER)));
        String boroughAdministrator = officers.newAccount("borough.admin", KINGSTON, BoroughRole.ADMINISTRATOR);

        officers.actAs(boroughAdministrator, KINGSTON);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> accounts.setEnabled(shared, false));
        assertEquals("This account also works in another borough: ask a system administrator", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> accounts.resetPassword(shared, "a takeover passphrase".toCharArray()));
        assertTrue(accounts.describe(shared).orElseThrow().rolesIn(RICHMOND).contains(BoroughRole.OFFICER));
        accounts.changeRolesInActingBorough(shared, Set.of(BoroughRole.SENIOR_OFFICER));
        assertEquals(Set.of(BoroughRole.OFFICER), accounts.describe(shared).orElseThrow().rolesIn(RICHMOND), "Kingston changed only Kingston's roles");

        officers.actAs(boroughAdministrator, KINGSTON);
        actor.actAs(boroughAdministrator, Set.of(BoroughRole.ADMINISTRATOR), true);
        accounts.setEnabled(shared, false);
        assertTrue(accounts.current(shared).isEmpty(), "a system administrator may disable it");
    }

    @Test
    void aResetLiftsALockoutAndOwnPasswordsChangeOnlyWithTheCurrentOne() {
        String officer = officers.newAccount("locked.officer", KINGSTON, BoroughRole.OFFICER);
        for (int attempt = 0; attempt < SignInThrottle.MAX_FAILURES; attempt++) {
            accounts.verify(officer, "not the password at all".toCharArray());
        }
        assertTrue(accounts.isLockedOut(officer));
        String administrator = officers.newAccount("reset.admin", KINGSTON, BoroughRole.ADMINISTRATOR);
        officers.actAs(administrator, KINGSTON);
        accounts.resetPassword(officer, "granite lighthouse pepper".toCharArray());
        assertFalse(accounts.isLockedOut(officer));
        assertTrue(accounts.verify(officer, "granite lighthouse pepper".toCharArray()).isPresent());

        officers.actAs(officer, KINGSTON);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> accounts.changeOwnPassword("a guess at the password".toCharArray(), "saffron bicycle tundra".toCharArray()));
        assertEquals("Your current password is not right", wrong.getMessage());
        officers.actAs(officer, KINGSTON);
        accounts.changeOwnPassword("granite lighthouse pepper".toCharArray(), "saffron bicycle tundra".toCharArray());
        assertTrue(accounts.verify(officer, "granite lighthouse pepper".toCharArray()).isEmpty(), "the old password no longer works");
        assertTrue(accounts.verify(officer, "saffron bicycle tundra".toCharArray()).isPresent());
    }
}
