package org.pupilsupport.core.startup;

import java.util.logging.Logger;

import org.pupilsupport.core.demo.DemoData;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.plugins.BoroughPlugins;
import org.pupilsupport.core.tenancy.TenantDirectory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

/**
 * Start-up in a fixed order: borough configuration (a broken file stops here, before anything else),
 * schema migrations, plugins, then first-run accounts or demo data. An exception from any step fails the
 * application's start, which is what an operator must see.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    /** Environment variable with the first administrator's password: read once, never stored in config files. */
    static final String FIRST_ADMINISTRATOR_PASSWORD = "PUPILSUPPORT_FIRST_ADMIN_PASSWORD";

    @Inject
    InstallationSettings settings;

    @Inject
    TenantDirectory tenants;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    BoroughPlugins plugins;

    @Inject
    OfficerAccounts accounts;

    @Inject
    DemoData demoData;

    void onStart(@Observes Startup startup) {
        tenants.load(settings.tenantConfigDirectory());
        migrations.migrate();
        plugins.start(settings.pluginsDirectory());
        createFirstAdministratorIfOffered();
        if (settings.demoMode()) {
            LOG.warning("DEMO MODE: demo accounts with a published password and invented children are created. Never use demo mode with real data.");
            demoData.loadIfAbsent();
        } else if (!accounts.anyExists()) {
            LOG.warning("No account exists yet. Create the first administrator as README.md describes (pupilsupport.first.admin and "
                    + FIRST_ADMINISTRATOR_PASSWORD + "), then restart.");
        }
    }

    private void createFirstAdministratorIfOffered() {
        String username = settings.firstAdministrator();
        if (username.isEmpty()) {
            return;
        }
        String password = System.getenv(FIRST_ADMINISTRATOR_PASSWORD);
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("pupilsupport.first.admin is set to " + username + " but the environment variable "
                    + FIRST_ADMINISTRATOR_PASSWORD + " holding the password is not");
        }
        accounts.createFirstAdministrator(username, username, password.toCharArray());
    }
}
