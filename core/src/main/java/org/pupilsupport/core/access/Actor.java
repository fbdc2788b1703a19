package org.pupilsupport.core.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.pupilsupport.core.officers.BoroughRole;

/**
 * Who is acting in this request and what their roles in the acting borough allow. Nobody by default, so
 * work that forgot to say who it acts for is refused everything. The web layer sets it from the
 * signed-in officer; start-up work (demo data) acts as the system.
 */
@RequestScoped
public class Actor {

    private String username;
    private Set<BoroughRole> roles = Set.of();
    private Set<Permission> permissions = Set.of();
    private Set<Permission> delegated = Set.of();

    /** @param roles the roles held in the acting borough only */
    public void actAs(String officerUsername, Set<BoroughRole> rolesInActingBorough, boolean systemAdministrator) {
        this.username = Objects.requireNonNull(officerUsername, "username");
        this.roles = Set.copyOf(rolesInActingBorough);
        this.permissions = RoleMatrix.grantedTo(rolesInActingBorough, systemAdministrator);
        this.delegated = Set.of();
    }

    /**
     * Adds what a delegation in force in the acting borough gives the officer already acting (see
     * {@code DisposalDelegations}); for this request only, so a revocation takes effect on the next.
     */
    public void alsoPermit(Set<Permission> delegatedToThem) {
        if (username == null) {
            throw new IllegalStateException("Nobody is acting in this request");
        }
        if (delegatedToThem.isEmpty()) {
            return;
        }
        Set<Permission> widened = EnumSet.noneOf(Permission.class);
        widened.addAll(permissions);
        widened.addAll(delegatedToThem);
        this.permissions = Set.copyOf(widened);
        Set<Permission> byDelegation = EnumSet.noneOf(Permission.class);
        byDelegation.addAll(delegated);
        byDelegation.addAll(delegatedToThem);
        this.delegated = Set.copyOf(byDelegation);
    }

    /** What the acting officer may do by delegation rather than by their roles. */
    public Set<Permission> delegated() {
        return delegated;
    }

    /** For work the application does itself at start-up, never on behalf of a web request. */
    public void actAsSystem() {
        this.username = org.pupilsupport.core.audit.AuditContext.SYSTEM;
        this.roles = Set.of();
        this.permissions = EnumSet.allOf(Permission.class);
        this.delegated = Set.of();
    }

    /** The application itself, which needs no team to know a child. */
    public boolean isSystem() {
        return org.pupilsupport.core.audit.AuditContext.SYSTEM.equals(username);
    }

    public boolean isPermitted(Permission permission) {
        return permissions.contains(permission);
    }

    /** @throws IllegalStateException if nobody is acting */
    public String username() {
        if (username == null) {
            throw new IllegalStateException("Nobody is acting in this request");
        }
        return username;
    }

    public Set<BoroughRole> roles() {
        return roles;
    }
}
