package org.pupilsupport.core.startup;

import java.util.logging.Logger;

import org.pupilsupport.core.audit.AuditAnchoring;
import org.pupilsupport.core.calendar.BoroughCalendars;
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
 * schema migrations, audit chains (created and anchored), plugins and the term dates they publish, then first-run accounts or demo data. An exception from any step fails the
 * application's start, which is what an operator must see.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    /** Environment variables naming the first administrator: read at start, never stored in configuration files. */
    static final String FIRST_ADMINISTRATOR = "PUPILSUPPORT_FIRST_ADMIN";
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

    @Inject
    BoroughCalendars calendars;

    @Inject
    AuditAnchoring auditAnchoring;

    @Inject
    org.pupilsupport.core.privacy.RetentionSeeding retentionSeeding;

    @Inject
    org.pupilsupport.core.privacy.DisposalRunner disposalRunner;

    @Inject
    org.pupilsupport.core.cases.AttachmentSweep attachmentSweep;

    void onStart(@Observes Startup startup) {
        tenants.load(settings.tenantConfigDirectory());
        migrations.migrate();
        auditAnchoring.start();
        plugins.start(settings.pluginsDirectory());
        calendars.adoptPluginTermDates();
        retentionSeeding.seedBoroughsWithoutSchedule(settings.tenantConfigDirectory());
        attachmentSweep.removeFilesOfErasedRecords();
        disposalRunner.resumeInterrupted();
        createFirstAdministratorIfOffered();
        if (settings.demoMode()) {
            LOG.warning("DEMO MODE: demo accounts with a published password and invented children are created. Never use demo mode with real data.");
            demoData.loadIfAbsent();
        } else if (!accounts.anyExists()) {
            LOG.warning("No account exists yet. Start once with the environment variables " + FIRST_ADMINISTRATOR + " and "
                    + FIRST_ADMINISTRATOR_PASSWORD + " set to create the first administrator (see README.md).");
        }
    }

    private void createFirstAdministratorIfOffered() {
        String username = System.getenv(FIRST_ADMINISTRATOR);
        if (username == null || username.isBlank()) {
            return;
        }
        String password = System.getenv(FIRST_ADMINISTRATOR_PASSWORD);
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException(FIRST_ADMINISTRATOR + " is set to " + username + " but " + FIRST_ADMINISTRATOR_PASSWORD + " is not");
        }
        accounts.createFirstAdministrator(username, username, password.toCharArray());
    }
}
