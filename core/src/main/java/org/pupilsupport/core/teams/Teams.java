package org.pupilsupport.core.teams;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

/** The acting borough's teams, as its administrators shape them. Every change is an audited administrative act. */
@ApplicationScoped
@Transactional(dontRollbackOn = TeamNotFoundException.class)
public class Teams {

    static final String SUBJECT = "team";

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    OfficerAccounts accounts;

    @Inject
    ActingBorough actingBorough;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** @throws IllegalArgumentException if the name is unusable or another team has it */
    @Requires(Permission.MANAGE_TEAMS)
    public String create(String name) {
        Team team = new Team(name, clock.instant());
        refuseDuplicateName(team.name(), null);
        entityManagers.current().persist(team);
        administrativeAct(team.id(), "created team \"" + team.name() + "\"");
        return team.id();
    }

    @Requires(Permission.MANAGE_TEAMS)
    public void rename(String teamId, String newName) {
        Team team = require(teamId);
        String before = team.name();
        team.rename(newName);
        refuseDuplicateName(team.name(), team.id());
        administrativeAct(teamId, "name: \"" + before + "\" -> \"" + team.name() + "\"");
    }

    /** @throws IllegalArgumentException if the username is unknown or holds no role in this borough */
    @Requires(Permission.MANAGE_TEAMS)
    public void admit(String teamId, String username) {
        Team team = require(teamId);
        String member = boroughMember(username);
        if (team.admit(member)) {
            administrativeAct(teamId, "member added: " + member);
        }
    }

    @Requires(Permission.MANAGE_TEAMS)
    public void release(String teamId, String username) {
        Team team = require(teamId);
        String member = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (team.release(member)) {
            administrativeAct(teamId, "member removed: " + member);
        }
    }

    /** Every team in the borough, by name. */
    @Requires(Permission.MANAGE_TEAMS)
    public List<Team> all() {
        return allTeams();
    }

    /** The teams a child may be allocated to, by name. */
    @Requires(Permission.ALLOCATE_CHILDREN)
    public List<Team> allocatable() {
        return allTeams();
    }

    @Requires(Permission.MANAGE_TEAMS)
    public Team find(String teamId) {
        return require(teamId);
    }

    private List<Team> allTeams() {
        return entityManagers.current().createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class).getResultList();
    }

    /** A team of the acting borough, for other services: unaudited, unguarded. */
    Optional<Team> lookUp(String teamId) {
        return Optional.ofNullable(teamId == null ? null : entityManagers.current().find(Team.class, teamId));
    }

    private Team require(String teamId) {
        return lookUp(teamId).orElseThrow(() -> {
            audit.record(AuditEvent.about(AuditAction.ADMINISTRATION, SUBJECT, teamId, AuditOutcome.NOT_FOUND));
            return new TeamNotFoundException(teamId);
        });
    }

    private void refuseDuplicateName(String name, String exceptTeamId) {
        boolean taken = entityManagers.current().createQuery("SELECT t.id FROM Team t WHERE UPPER(t.name) = :name", String.class)
                .setParameter("name", name.toUpperCase(Locale.ROOT)).getResultStream().anyMatch(id -> !id.equals(exceptTeamId));
        if (taken) {
            throw new IllegalArgumentException("There is already a team called \"" + name + "\"");
        }
    }

    private String boroughMember(String username) {
        return accounts.describe(username == null ? "" : username)
                .filter(officer -> officer.mayActFor(actingBorough.require()))
                .map(officer -> officer.username())
                .orElseThrow(() -> new IllegalArgumentException("No account called \"" + username + "\" has a role in this borough"));
    }

    private void administrativeAct(String teamId, String details) {
        audit.record(AuditEvent.about(AuditAction.ADMINISTRATION, SUBJECT, teamId, AuditOutcome.SUCCESS).withDetails(details));
    }
}
