package org.pupilsupport.core.children;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pupilsupport.core.plugins.BoroughPlugins;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.plugin.api.RecordRulesExtension;

/** The borough's record-keeping rules from its plugin, or the host's defaults, saying which applied. */
@ApplicationScoped
public class BoroughRecordRules {

    /** Used when a borough's plugin states no rule: long enough to notice a wrong merge in a month's work. */
    public static final int DEFAULT_MERGE_REVERSAL_DAYS = 30;

    private static final Logger LOG = Logger.getLogger(BoroughRecordRules.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    BoroughPlugins plugins;

    /** @param source where the figure came from, for the page ("Kingston's rules" or "the default") */
    public record MergeReversal(int days, String source) {
    }

    public MergeReversal mergeReversal(TenantId borough) {
        Tenant tenant = tenants.require(borough);
        try {
            return plugins.extension(RecordRulesExtension.class, tenant.pluginId())
                    .map(RecordRulesExtension::mergeReversalDays)
                    .filter(days -> days >= 1)
                    .map(days -> new MergeReversal(days, tenant.displayName() + "'s rules"))
                    .orElseGet(() -> new MergeReversal(DEFAULT_MERGE_REVERSAL_DAYS, "the default: the borough's plugin states no rule"));
        } catch (RuntimeException pluginFailure) {
            LOG.log(Level.WARNING, "The record rules of plugin " + tenant.pluginId() + " failed; using the default", pluginFailure);
            return new MergeReversal(DEFAULT_MERGE_REVERSAL_DAYS, "the default: the borough's plugin failed");
        }
    }
}
