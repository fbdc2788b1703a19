package org.pupilsupport.core.tenancy;

import java.util.Objects;

/**
 * A borough served by the system, as configured in {@code tenant-config/<id>/tenant.properties}.
 *
 * @param laCode            the DfE local authority code, e.g. 314 for Kingston upon Thames
 * @param pluginId          the PF4J plugin that supplies the borough's rules
 * @param pupilReferralUnit the name of the borough's own pupil referral unit, as officers write it; null when not
 *                          configured (a borough's providers are its data, never the core's)
 */
public record Tenant(TenantId id, String displayName, String laCode, String pluginId, String dpoName, String dpoEmail, String pupilReferralUnit)
        implements java.io.Serializable {

    public Tenant(TenantId id, String displayName, String laCode, String pluginId, String dpoName, String dpoEmail) {
        this(id, displayName, laCode, pluginId, dpoName, dpoEmail, null);
    }

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(laCode, "laCode");
        Objects.requireNonNull(pluginId, "pluginId");
    }
}
