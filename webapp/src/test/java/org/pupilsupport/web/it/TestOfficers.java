package org.pupilsupport.web.it;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.audit.AuditContext;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.teams.Teams;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Makes fresh accounts and teams for one test and acts as them, exactly as the web filter would for a
 * signed-in officer: acting borough, roles there, and the audit context.
 */
@ApplicationScoped
public class TestOfficers {

    static final char[] PASSWORD = "integration tests only, never real".toCharArray();

    @Inject
    Actor actor;

    @Inject
    AuditContext auditContext;

    @Inject
    ActingBorough actingBorough;

    @Inject
    OfficerAccounts accounts;

    @Inject
    Teams teams;

    /** A new account with these roles in the borough; the name is unique, so tests never share accounts. */
    public String newAccount(String prefix, TenantId borough, BoroughRole... roles) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        actAsSystemIn(borough);
        accounts.create(username, "Test " + prefix, PASSWORD.clone(), Map.of(borough, Set.of(roles)));
        return username;
    }

    /** A new team in the borough with these members. */
    public String newTeam(TenantId borough, String... members) {
        actAsSystemIn(borough);
        String teamId = teams.create("Test team " + UUID.randomUUID().toString().substring(0, 8));
        for (String member : members) {
            teams.admit(teamId, member);
        }
        return teamId;
    }

    public void actAs(String username, TenantId borough) {
        Set<BoroughRole> roles = accounts.describe(username).orElseThrow().rolesIn(borough);
        actingBorough.actFor(borough);
        actor.actAs(username, roles, false);
        auditContext.actingAs(username, roles.stream().map(BoroughRole::roleName).collect(java.util.stream.Collectors.toSet()), "127.0.0.1");
    }

    public void actAsSystemIn(TenantId borough) {
        actingBorough.actFor(borough);
        actor.actAsSystem();
        auditContext.actingAs(AuditContext.SYSTEM, Set.of(), null);
    }
}
