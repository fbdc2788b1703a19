package org.pupilsupport.core.calendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.pupilsupport.core.plugins.BoroughPlugins;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.plugin.api.SchoolCalendar;
import org.pupilsupport.plugin.api.SchoolCalendarExtension;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Each borough's school calendar, asked of the plugin that serves the borough. A plugin that is missing,
 * throws, or has no term dates for the date asked is contained here: the answer comes from the baseline
 * calendar and says so.
 */
@ApplicationScoped
public class BoroughCalendars {

    private static final Logger LOG = Logger.getLogger(BoroughCalendars.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    BoroughPlugins plugins;

    /** The date {@code schoolDays} school days after {@code start} in the borough's calendar. */
    public SchoolDayDate schoolDaysAfter(TenantId borough, LocalDate start, int schoolDays) {
        return of(borough).after(start, schoolDays);
    }

    /** The borough's school days, with the baseline standing in where the borough's plugin cannot answer. */
    public SchoolDays of(TenantId borough) {
        Tenant tenant = tenants.require(borough);
        Optional<SchoolCalendar> boroughCalendar;
        try {
            boroughCalendar = plugins.extension(SchoolCalendarExtension.class, tenant.pluginId()).map(SchoolCalendarExtension::schoolCalendar);
        } catch (RuntimeException pluginFailure) {
            LOG.log(Level.WARNING, "The school calendar of plugin " + tenant.pluginId() + " failed; using the baseline for " + borough, pluginFailure);
            return SchoolDays.baselineBecause("the " + tenant.pluginId() + " plugin's calendar failed");
        }
        return boroughCalendar
                .map(calendar -> SchoolDays.of(calendar, tenant.displayName() + " school calendar",
                        "the " + tenant.pluginId() + " plugin"))
                .orElseGet(() -> SchoolDays.baselineBecause("the " + tenant.pluginId() + " plugin is not installed"));
    }
}
