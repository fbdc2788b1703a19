package org.pupilsupport.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantId;

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

    /** Every borough's chain, and the installation's chain for events that belong to no borough. */
    @ActivateRequestContext
    public void anchorEveryBorough() {
        List<TenantId> chainsToAnchor = new ArrayList<>(tenants.all().stream().map(Tenant::id).toList());
        chainsToAnchor.add(TenantId.INSTALLATION);
        for (TenantId chain : chainsToAnchor) {
            try {
                actingBorough.actFor(chain);
                chains.ensureChain();
                chains.recordAnchor();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not anchor the audit chain of " + chain, e);
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
