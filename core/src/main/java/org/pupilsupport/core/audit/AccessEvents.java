package org.pupilsupport.core.audit;

import java.util.Optional;
import java.util.Set;

import org.pupilsupport.core.officers.Officer;
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

    static final int OVERLONG_PREFIX = 16;

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
        inEachBorough(Set.of(TenantId.INSTALLATION), AuditEvent.about(AuditAction.SIGN_IN_FAILED, SUBJECT, asRecorded(attemptedUsername), AuditOutcome.REFUSED)
                .withDetails(lockedOut ? "locked out after repeated failures" : "wrong username or password"));
    }

    /** A failed sign-in refused because too many attempts came from the client's address. */
    public void signInRefusedForAddress(String attemptedUsername) {
        inEachBorough(Set.of(TenantId.INSTALLATION), AuditEvent.about(AuditAction.SIGN_IN_FAILED, SUBJECT, asRecorded(attemptedUsername), AuditOutcome.REFUSED)
                .withDetails("too many failed sign-ins from this address"));
    }

    /** A sign-in refused unchecked because the username is longer than any username can be. */
    public void signInRefusedForOverlongUsername(String attemptedUsername) {
        int length = attemptedUsername == null ? 0 : attemptedUsername.strip().length();
        inEachBorough(Set.of(TenantId.INSTALLATION), AuditEvent.about(AuditAction.SIGN_IN_FAILED, SUBJECT, asRecorded(attemptedUsername), AuditOutcome.REFUSED)
                .withDetails("username of " + length + " characters refused unchecked (at most " + Officer.MAX_USERNAME_LENGTH + ")"));
    }

    /**
     * The typed username as the trail keeps it: stripped, and if longer than any username can be, only its
     * first {@value #OVERLONG_PREFIX} characters and a mark, so whatever was pasted into the field (a
     * password, a payload) is not kept whole and the entry always fits its column.
     */
    public static String asRecorded(String attemptedUsername) {
        if (attemptedUsername == null || attemptedUsername.isBlank()) {
            return "(blank)";
        }
        String typed = attemptedUsername.strip();
        return typed.length() <= Officer.MAX_USERNAME_LENGTH ? typed : typed.substring(0, OVERLONG_PREFIX) + "…(too long)";
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
