package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.inject.Inject;

/** Accounts in the real database: password checks, borough memberships, and the first-run rule. */
@ExtendWith(ArquillianExtension.class)
class OfficerAccountsIT {

    private static final char[] DEMO_PASSWORD = "demo-password-2026".toCharArray();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(OfficerAccountsIT.class);
    }

    @Inject
    OfficerAccounts accounts;

    @Inject
    Actor actor;

    @BeforeEach
    void actAsTheSystem() {
        // Creating accounts outside a borough is the system's (or a system administrator's) act.
        actor.actAsSystem();
    }

    @Test
    void theRightPasswordSignsInWithTheOfficersBoroughsAndRoles() {
        SignedInOfficer officer = accounts.verify("Kingston.Officer", DEMO_PASSWORD).orElseThrow();
        assertEquals("kingston.officer", officer.username());
        assertEquals(Map.of(TenantId.of("kingston"), Set.of(BoroughRole.OFFICER)), officer.rolesByBorough());

        SignedInOfficer both = accounts.verify("all.boroughs", DEMO_PASSWORD).orElseThrow();
        assertEquals(Set.of(TenantId.of("kingston"), TenantId.of("richmond")), both.boroughs());
    }

    @Test
    void aWrongPasswordOrUnknownUserSignsInNobody() {
        assertTrue(accounts.verify("kingston.officer", "demo-password-2025".toCharArray()).isEmpty());
        assertTrue(accounts.verify("nobody.here", DEMO_PASSWORD).isEmpty());
        assertTrue(accounts.verify("x' OR '1'='1", DEMO_PASSWORD).isEmpty());
    }

    @Test
    void aNewOfficerNeedsALongEnoughPasswordAndAKnownBorough() {
        String username = "test.officer." + Long.toString(System.nanoTime(), 36);
        IllegalArgumentException shortPassword = assertThrows(IllegalArgumentException.class, () -> accounts.create(username, "Test Officer",
                "eleven-char".toCharArray(), Map.of(TenantId.of("richmond"), Set.of(BoroughRole.OFFICER))));
        assertTrue(shortPassword.getMessage().contains("at least 12 characters"), shortPassword.getMessage());
        assertThrows(IllegalArgumentException.class, () -> accounts.create(username, "Test Officer",
                "a long enough passphrase".toCharArray(), Map.of(TenantId.of("atlantis"), Set.of(BoroughRole.OFFICER))));
        assertTrue(accounts.describe(username).isEmpty(), "a refused account leaves nothing behind");

        accounts.create(username, "Test Officer", "a long enough passphrase".toCharArray(), Map.of(TenantId.of("richmond"), Set.of(BoroughRole.OFFICER)));
        assertEquals(Set.of(TenantId.of("richmond")), accounts.verify(username, "a long enough passphrase".toCharArray()).orElseThrow().boroughs());
        assertThrows(IllegalArgumentException.class, () -> accounts.create(username, "Again", "another long passphrase".toCharArray(),
                Map.of(TenantId.of("richmond"), Set.of(BoroughRole.OFFICER))), "usernames are unique");
    }

    @Test
    void theFirstRunAdministratorIsRefusedOnceAccountsExist() {
        assertTrue(accounts.anyExists());
        assertFalse(accounts.createFirstAdministrator("backdoor", "Back Door", "a long enough passphrase".toCharArray()));
        assertTrue(accounts.describe("backdoor").isEmpty());
    }

    @Test
    void repeatedFailuresLockTheUsernameEvenAgainstTheRightPassword() {
        String username = "lockout.test." + Long.toString(System.nanoTime(), 36);
        char[] password = "the right passphrase".toCharArray();
        accounts.create(username, "Lockout Test", password, Map.of(TenantId.of("kingston"), Set.of(BoroughRole.OFFICER)));
        for (int attempt = 0; attempt < 5; attempt++) {
            assertTrue(accounts.verify(username, "a wrong passphrase".toCharArray()).isEmpty());
        }

        assertTrue(accounts.isLockedOut(username));
        assertTrue(accounts.verify(username, password).isEmpty(), "locked: even the right password is refused");
    }
}
