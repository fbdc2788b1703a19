package org.pupilsupport.core.cases;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pupilsupport.core.plugins.BoroughPlugins;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.plugin.api.CaseProtocolExtension;

/** Each borough's casework protocol from its plugin; the host's defaults when it states none or fails. */
@ApplicationScoped
public class BoroughCaseProtocols {

    private static final Logger LOG = Logger.getLogger(BoroughCaseProtocols.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    BoroughPlugins plugins;

    public CaseProtocol of(TenantId borough) {
        Tenant tenant = tenants.require(borough);
        try {
            return plugins.extension(CaseProtocolExtension.class, tenant.pluginId())
                    .map(extension -> new CaseProtocol(extension.reducedTimetableReviewIntervalSchoolDays(),
                            extension.reducedTimetableLongestSchoolDays(), extension.homeEducationFirstContactSchoolDays(), tenant.displayName() + "'s protocol"))
                    .orElse(CaseProtocol.DEFAULT);
        } catch (RuntimeException pluginFailure) {
            // includes a plugin giving figures below one school day, refused by CaseProtocol
            LOG.log(Level.WARNING, "The case protocol of plugin " + tenant.pluginId() + " failed; using the host's defaults", pluginFailure);
            return CaseProtocol.DEFAULT;
        }
    }
}
