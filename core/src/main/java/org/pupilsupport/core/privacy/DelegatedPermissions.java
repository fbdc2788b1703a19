package org.pupilsupport.core.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Widens the acting officer's permissions by what a delegation in force in the acting borough gives them. Called by
 * the web layer once the officer and borough are known, before any page or service checks a permission; only senior
 * officers can hold a delegation, so nobody else costs a query.
 */
@ApplicationScoped
public class DelegatedPermissions {

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    @Transactional
    public void applyTo(String username, Set<BoroughRole> rolesInActingBorough) {
        if (!rolesInActingBorough.contains(BoroughRole.SENIOR_OFFICER)) {
            return;
        }
        if (DisposalDelegations.inForceFor(entityManagers.current(), username, LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))))) {
            actor.alsoPermit(DisposalDelegations.FOR_THE_DELEGATE);
        }
    }
}
