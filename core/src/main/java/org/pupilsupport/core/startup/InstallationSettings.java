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

    // Object, not String: Liberty turns a jndiEntry value that reads as a literal (true, 42) into that type.
    @Resource(lookup = "pupilsupport/tenantConfigDir")
    Object tenantConfigDirectory;

    @Resource(lookup = "pupilsupport/pluginsDir")
    Object pluginsDirectory;

    @Resource(lookup = "pupilsupport/demoMode")
    Object demoMode;

    @Resource(lookup = "pupilsupport/attachmentsDir")
    Object attachmentsDirectory;

    public Path tenantConfigDirectory() {
        return Path.of(text(tenantConfigDirectory));
    }

    public Path pluginsDirectory() {
        return Path.of(text(pluginsDirectory));
    }

    /** Where files attached to cases are kept: outside the web root, one folder per borough. */
    public Path attachmentsDirectory() {
        return Path.of(text(attachmentsDirectory));
    }

    /** Demo mode creates demo accounts with a published password and invented children: never in production. */
    public boolean demoMode() {
        return Boolean.parseBoolean(text(demoMode));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
