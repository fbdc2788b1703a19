package org.pupilsupport.web.security;

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

    /** Whether the officer may read the acting borough's audit trail. */
    public boolean isAuditReader() {
        Set<String> roles = rolesInActingBorough();
        return roles.contains(BoroughRole.AUDITOR.roleName()) || roles.contains(BoroughRole.DATA_PROTECTION_OFFICER.roleName());
    }

    /**
     * Where the officer starts in the acting borough: the audit trail for someone who only audits there,
     * otherwise the list of children; the chooser while no borough is chosen.
     */
    String landingPage() {
        if (actingBorough == null) {
            return "/choose-borough.xhtml";
        }
        boolean auditsOnly = isAuditReader() && !rolesInActingBorough().contains(BoroughRole.OFFICER.roleName());
        return auditsOnly ? "/audit/entries.xhtml" : "/officer/children.xhtml";
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
