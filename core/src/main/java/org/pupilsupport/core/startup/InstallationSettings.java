package org.pupilsupport.core.startup;

import java.nio.file.Path;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settings of this installation, from the server configuration (JNDI entries in server.xml, whose values
 * come from Liberty variables that an operator sets in bootstrap.properties or the environment).
 */
@ApplicationScoped
public class InstallationSettings {

    @Resource(lookup = "pupilsupport/tenantConfigDir")
    String tenantConfigDirectory;

    @Resource(lookup = "pupilsupport/pluginsDir")
    String pluginsDirectory;

    @Resource(lookup = "pupilsupport/demoMode")
    String demoMode;

    @Resource(lookup = "pupilsupport/firstAdministrator")
    String firstAdministrator;

    public Path tenantConfigDirectory() {
        return Path.of(tenantConfigDirectory);
    }

    public Path pluginsDirectory() {
        return Path.of(pluginsDirectory);
    }

    /** Demo mode creates demo accounts with a published password and invented children: never in production. */
    public boolean demoMode() {
        return Boolean.parseBoolean(demoMode == null ? "false" : demoMode.strip());
    }

    /** The username of the first administrator to create on first run, or blank for none. */
    public String firstAdministrator() {
        return firstAdministrator == null ? "" : firstAdministrator.strip();
    }
}
