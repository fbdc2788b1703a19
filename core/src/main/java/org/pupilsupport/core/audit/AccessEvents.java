package org.pupilsupport.core.audit;

import java.util.Optional;
import java.util.Set;

import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Sign-ins, sign-outs and borough switches, in the audit chains of the boroughs they concern: a sign-in
 * or sign-out in every borough the officer may act for, a switch in the borough switched to, and a failed
 * sign-in (which belongs to no borough) in the installation's chain.
 */
@ApplicationScoped
public class AccessEvents {

    static final String SUBJECT = "officer";

    @Inject
    ActingBorough actingBorough;

    @Inject
    AuditTrail trail;

    public void signedIn(SignedInOfficer officer) {
        inEachBorough(officer.boroughs(), AuditEvent.about(AuditAction.SIGN_IN, SUBJECT, officer.username(), AuditOutcome.SUCCESS));
    }

    public void signedOut(SignedInOfficer officer) {
        inEachBorough(officer.boroughs(), AuditEvent.about(AuditAction.SIGN_OUT, SUBJECT, officer.username(), AuditOutcome.SUCCESS));
    }

    /**
     * @param attemptedUsername as typed: it may name nobody
     * @param lockedOut         whether the username is now locked out by repeated failures
     */
    public void signInFailed(String attemptedUsername, boolean lockedOut) {
        String typed = attemptedUsername == null || attemptedUsername.isBlank() ? "(blank)" : attemptedUsername.strip();
        inEachBorough(Set.of(TenantId.INSTALLATION), AuditEvent.about(AuditAction.SIGN_IN_FAILED, SUBJECT, typed, AuditOutcome.REFUSED)
                .withDetails(lockedOut ? "locked out after repeated failures" : "wrong username or password"));
    }

    public void switchedBorough(SignedInOfficer officer, Optional<TenantId> from, TenantId to) {
        inEachBorough(Set.of(to), AuditEvent.about(AuditAction.SWITCH_BOROUGH, SUBJECT, officer.username(), AuditOutcome.SUCCESS)
                .withDetails("from " + from.map(TenantId::value).orElse("no borough") + " to " + to.value()));
    }

    /** One transaction per chain (each transaction is bound to one borough), then back to the borough acted for. */
    private void inEachBorough(Set<TenantId> boroughs, AuditEvent event) {
        Optional<TenantId> actingBefore = actingBorough.current();
        AccessEvents self = CDI.current().select(AccessEvents.class).get();
        try {
            for (TenantId borough : boroughs) {
                actingBorough.actFor(borough);
                self.recordInActingBorough(event);
            }
        } finally {
            actingBefore.ifPresent(actingBorough::actFor);
        }
    }

    @Transactional
    public void recordInActingBorough(AuditEvent event) {
        trail.record(event);
    }
}
