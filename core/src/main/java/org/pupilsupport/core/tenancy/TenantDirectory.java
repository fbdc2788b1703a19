package org.pupilsupport.core.tenancy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/** The boroughs this installation serves, loaded once at start-up from the configuration directory. */
@ApplicationScoped
public class TenantDirectory {

    private static final Logger LOG = Logger.getLogger(TenantDirectory.class.getName());

    private volatile Map<TenantId, Tenant> tenants = Map.of();

    /** @throws TenantConfigurationException if any borough's file is broken: start-up must stop */
    public void load(Path configDirectory) {
        Map<TenantId, Tenant> loaded = new LinkedHashMap<>();
        for (Tenant tenant : TenantConfigLoader.load(configDirectory)) {
            loaded.put(tenant.id(), tenant);
            LOG.info(() -> "Borough " + tenant.id() + " (" + tenant.displayName() + ", LA " + tenant.laCode() + ") served by plugin " + tenant.pluginId());
        }
        tenants = Map.copyOf(loaded);
    }

    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }

    public Tenant require(TenantId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No borough is configured with id " + id));
    }

    public List<Tenant> all() {
        return tenants.values().stream().sorted((a, b) -> a.displayName().compareTo(b.displayName())).toList();
    }
}
