package org.pupilsupport.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Checking audit chains on request: a borough's own chain for its administrators, auditors and DPO; every
 * chain, the installation's included, for a system administrator. Each check is recorded in the chain
 * it checked. Not transactional itself: each chain is checked in a transaction bound to its own borough.
 */
@ApplicationScoped
public class AuditVerification {

    @Inject
    AuditChains chains;

    @Inject
    ActingBorough actingBorough;

    @Inject
    TenantDirectory tenants;

    @Requires(Permission.VERIFY_AUDIT_TRAIL)
    public ChainVerification.Result verifyActingBorough() {
        return chains.verifyAndRecord();
    }

    /** Every borough's chain and the installation's, in that order; the acting borough is restored afterwards. */
    @Requires(Permission.ADMINISTER_INSTALLATION)
    public Map<TenantId, ChainVerification.Result> verifyEveryChain() {
        Optional<TenantId> acting = actingBorough.current();
        Map<TenantId, ChainVerification.Result> results = new LinkedHashMap<>();
        try {
            for (TenantId chain : tenants.all().stream().map(Tenant::id).toList()) {
                actingBorough.actFor(chain);
                results.put(chain, chains.verifyAndRecord());
            }
            actingBorough.actFor(TenantId.INSTALLATION);
            results.put(TenantId.INSTALLATION, chains.verifyAndRecord());
        } finally {
            acting.ifPresent(actingBorough::actFor);
        }
        return results;
    }
}
