package org.pupilsupport.web.security;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.RoleMatrix;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * The signed-in officer and the borough they act for. An officer of one borough acts for it at once; an
 * officer of several chooses, and may switch, but always acts for exactly one at a time.
 */
@Named
@SessionScoped
public class OfficerSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request's actor (a proxy, so safe to keep in the session). */
    @jakarta.inject.Inject
    org.pupilsupport.core.access.Actor actor;

    private SignedInOfficer officer;
    private List<Tenant> boroughs = List.of();
    private TenantId actingBorough;

    /** @param officersBoroughs the configured boroughs the officer holds a role in */
    void signedIn(SignedInOfficer signedIn, List<Tenant> officersBoroughs) {
        this.officer = signedIn;
        this.boroughs = officersBoroughs.stream().sorted(Comparator.comparing(Tenant::displayName)).toList();
        this.actingBorough = boroughs.size() == 1 ? boroughs.get(0).id() : null;
    }

    SignedInOfficer officer() {
        return officer;
    }

    /**
     * Takes in the account as it is now. Boroughs the officer has lost a role in drop out, and so does the
     * acting borough if it was one of them.
     */
    void refresh(SignedInOfficer now) {
        this.officer = now;
        this.boroughs = boroughs.stream().filter(tenant -> now.mayActFor(tenant.id())).toList();
        if (actingBorough != null && !now.mayActFor(actingBorough)) {
            actingBorough = boroughs.size() == 1 ? boroughs.get(0).id() : null;
        }
    }

    /** Whether the officer's roles in the acting borough grant the permission, by name (for rendering links). */
    public boolean may(String permissionName) {
        Permission permission = Permission.valueOf(permissionName);
        if (officer == null) {
            return false;
        }
        java.util.Set<BoroughRole> roles = actingBorough == null ? java.util.Set.of() : officer.rolesIn(actingBorough);
        // what a delegation gives is known to the request's actor, read from the database by ActingBoroughFilter
        return RoleMatrix.grantedTo(roles, officer.systemAdministrator()).contains(permission)
                || actingBorough != null && actor.delegated().contains(permission);
    }

    /** @throws SecurityException if the officer holds no role in that borough */
    void actFor(TenantId borough) {
        if (officer == null || boroughs.stream().noneMatch(tenant -> tenant.id().equals(borough))) {
            throw new SecurityException("Not a member of borough " + borough);
        }
        this.actingBorough = borough;
    }

    /** The officer's role names in the borough they act for (none before a borough is chosen). */
    public Set<String> rolesInActingBorough() {
        if (officer == null || actingBorough == null) {
            return Set.of();
        }
        return officer.rolesByBorough().getOrDefault(actingBorough, Set.of()).stream().map(BoroughRole::roleName).collect(Collectors.toSet());
    }

    /**
     * Where the officer starts in the acting borough: the children for those who work with them, else the
     * first area their roles open; the chooser while no borough is chosen.
     */
    String landingPage() {
        if (actingBorough == null) {
            return "/choose-borough.xhtml";
        }
        if (may("WORK_ON_CASES")) {
            return "/officer/dashboard.xhtml";
        }
        if (may("FIND_CHILDREN")) {
            return "/officer/children.xhtml";
        }
        if (may("HANDLE_DATA_PROTECTION_REQUESTS")) {
            return "/privacy/requests.xhtml";
        }
        if (may("READ_AUDIT_TRAIL")) {
            return "/audit/entries.xhtml";
        }
        if (may("MANAGE_BOROUGH_USERS")) {
            return "/admin/users.xhtml";
        }
        return "/index.xhtml";
    }

    /** The officer's starting page, as a Faces redirect. */
    public String home() {
        String landing = landingPage();
        return "/index.xhtml".equals(landing) ? null : landing + "?faces-redirect=true";
    }

    public boolean isSignedIn() {
        return officer != null;
    }

    public Optional<TenantId> actingBorough() {
        return Optional.ofNullable(actingBorough);
    }

    public String getDisplayName() {
        return officer == null ? "" : officer.displayName();
    }

    /** The acting borough's display name, for the page header. */
    public String getActingBoroughName() {
        return boroughs.stream().filter(tenant -> tenant.id().equals(actingBorough)).map(Tenant::displayName).findFirst().orElse("");
    }

    /** The boroughs this officer may act for, by name. */
    public List<Tenant> getBoroughs() {
        return boroughs;
    }

    public boolean isMayChooseBorough() {
        return boroughs.size() > 1;
    }
}
