package org.pupilsupport.core.officers;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pupilsupport.core.tenancy.TenantId;

/** What the web layer keeps about the signed-in officer: no password material. */
public record SignedInOfficer(String username, String displayName, Map<TenantId, Set<BoroughRole>> rolesByBorough,
                              boolean systemAdministrator)
        implements java.io.Serializable {

    /** The Jakarta Security group of installation-wide administrators. */
    public static final String SYSTEM_ADMINISTRATOR_ROLE = "system-administrator";

    public SignedInOfficer {
        rolesByBorough = Map.copyOf(rolesByBorough);
    }

    static SignedInOfficer of(Officer officer) {
        return new SignedInOfficer(officer.username(), officer.displayName(), officer.memberships().stream()
                .collect(Collectors.groupingBy(BoroughMembership::tenant,
                        Collectors.mapping(BoroughMembership::role, Collectors.toUnmodifiableSet()))), officer.isSystemAdministrator());
    }

    public Set<TenantId> boroughs() {
        return rolesByBorough.keySet();
    }

    public boolean mayActFor(TenantId borough) {
        return rolesByBorough.containsKey(borough);
    }

    /** Every role held in any borough: Jakarta Security groups are not per borough, so the web layer checks the borough separately. */
    public Set<String> roleNames() {
        java.util.Set<String> names = rolesByBorough.values().stream().flatMap(Set::stream).map(BoroughRole::roleName)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        if (systemAdministrator) {
            names.add(SYSTEM_ADMINISTRATOR_ROLE);
        }
        return Set.copyOf(names);
    }

    /** The roles held in one borough; none if the officer holds none there. */
    public Set<BoroughRole> rolesIn(TenantId borough) {
        return rolesByBorough.getOrDefault(borough, Set.of());
    }
}
