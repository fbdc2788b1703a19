package org.pupilsupport.core.audit;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;

/**
 * Every borough's chain exists from start-up, and its head is anchored at start-up and then every hour,
 * so that removing entries from the end of a chain is detected by the next verification.
 */
@ApplicationScoped
public class AuditAnchoring {

    static final long ANCHOR_EVERY_MINUTES = 60;

    private static final Logger LOG = Logger.getLogger(AuditAnchoring.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    ActingBorough actingBorough;

    @Inject
    AuditChains chains;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    /** Creates missing chains and anchors every borough now, then hourly. */
    public void start() {
        CDI.current().select(AuditAnchoring.class).get().anchorEveryBorough();
        schedule = scheduler.scheduleAtFixedRate(() -> CDI.current().select(AuditAnchoring.class).get().anchorEveryBorough(),
                ANCHOR_EVERY_MINUTES, ANCHOR_EVERY_MINUTES, TimeUnit.MINUTES);
    }

    @ActivateRequestContext
    public void anchorEveryBorough() {
        for (Tenant tenant : tenants.all()) {
            try {
                actingBorough.actFor(tenant.id());
                chains.ensureChain();
                chains.recordAnchor();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not anchor the audit chain of " + tenant.id(), e);
                throw e;
            }
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
