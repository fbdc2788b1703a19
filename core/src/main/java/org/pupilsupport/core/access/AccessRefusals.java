package org.pupilsupport.core.access;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.tenancy.ActingBorough;

/** Writes "tried something the role does not allow" to the acting borough's audit trail. */
@ApplicationScoped
public class AccessRefusals {

    private static final Logger LOG = Logger.getLogger(AccessRefusals.class.getName());

    @Inject
    AuditTrail audit;

    @Inject
    ActingBorough actingBorough;

    @Transactional
    public void record(Permission missing, String attempted) {
        if (actingBorough.current().isEmpty()) {
            // No borough, so no borough chain to write to; the web layer never lets this happen for officers.
            LOG.warning(() -> "Refused " + attempted + " (needs " + missing + ") with no acting borough");
            return;
        }
        audit.record(AuditEvent.about(AuditAction.ACCESS_DENIED, "permission", missing.name(), AuditOutcome.REFUSED)
                .withDetails("attempted: " + attempted));
    }
}
