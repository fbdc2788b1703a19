package org.pupilsupport.core.calendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.pupilsupport.core.plugins.BoroughPlugins;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.plugin.api.SchoolCalendar;
import org.pupilsupport.plugin.api.SchoolCalendarExtension;
import org.pupilsupport.plugin.api.TermTimeCalendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The calendar a deadline is counted on. A school day is a day with a session at the pupil's own school (Education
 * Act 1996 s579), so a deadline about a pupil counts on that school's calendar where its administrators recorded one,
 * on the pattern of the school's LA where they did not, and on the acting borough's pattern for a school of an LA
 * this installation does not serve; each answer says which. A borough's pattern is its administrators' term dates,
 * first adopted from its plugin. A calendar that cannot answer a date is contained in {@link SchoolDays}: the
 * baseline answers, and says so.
 */
@ApplicationScoped
public class BoroughCalendars {

    private static final Logger LOG = Logger.getLogger(BoroughCalendars.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    BoroughPlugins plugins;

    @Inject
    SchoolCalendars schoolCalendars;

    @Inject
    SchoolRegister schools;

    /** A calendar and how an officer reads its name. */
    private record Named(SchoolCalendar calendar, String description, String provider) {
    }

    /** The date {@code schoolDays} school days after {@code start} in the borough's calendar. */
    public SchoolDayDate schoolDaysAfter(TenantId borough, LocalDate start, int schoolDays) {
        return of(borough).after(start, schoolDays);
    }

    /** The borough's school days, with the baseline standing in where the borough has no term dates. */
    public SchoolDays of(TenantId borough) {
        Tenant tenant = tenants.require(borough);
        return patternOf(tenant).map(named -> SchoolDays.of(named.calendar(), named.description(), named.provider()))
                .orElseGet(() -> SchoolDays.baselineBecause(noPatternReason(tenant)));
    }

    /**
     * The school days of a pupil at this school, in a case of the acting borough: the school's own calendar over its
     * LA's pattern; the borough's when the school is unknown or of an LA without a pattern here.
     */
    public SchoolDays forSchool(TenantId borough, Integer schoolUrn) {
        Optional<School> school = schoolUrn == null ? Optional.empty() : schools.find(schoolUrn);
        if (school.isEmpty()) {
            return of(borough);
        }
        Tenant acting = tenants.require(borough);
        Optional<Tenant> schoolsBorough = tenants.all().stream().filter(tenant -> tenant.laCode().equals(school.get().laCode())).findFirst();
        Optional<Named> pattern = schoolsBorough.flatMap(this::patternOf).or(() -> patternOf(acting));
        Optional<TermTimeCalendar> own = schoolCalendars.ownCalendarOf(schoolUrn);
        String name = school.get().name();
        if (own.isPresent()) {
            SchoolCalendar calendar = pattern.<SchoolCalendar>map(named -> new SchoolOverPattern(own.get(), named.calendar())).orElse(own.get());
            return SchoolDays.of(calendar, name + "'s own calendar" + pattern.map(named -> ", and " + named.description() + " outside it").orElse(""),
                    name + "'s calendar");
        }
        return pattern.map(named -> SchoolDays.of(named.calendar(), named.description() + " (" + name + " has no calendar of its own)", named.provider()))
                .orElseGet(() -> SchoolDays.baselineBecause(noPatternReason(acting)));
    }

    /** The borough's term dates as its administrators keep them, or its plugin's until they have been adopted. */
    private Optional<Named> patternOf(Tenant tenant) {
        Optional<TermTimeCalendar> kept = schoolCalendars.patternOf(tenant.laCode());
        if (kept.isPresent()) {
            return Optional.of(new Named(kept.get(), tenant.displayName() + " term dates", tenant.displayName() + " calendar"));
        }
        try {
            return plugins.extension(SchoolCalendarExtension.class, tenant.pluginId()).map(SchoolCalendarExtension::schoolCalendar)
                    .map(calendar -> new Named(calendar, tenant.displayName() + " school calendar", "the " + tenant.pluginId() + " plugin"));
        } catch (RuntimeException pluginFailure) {
            LOG.log(Level.WARNING, "The school calendar of plugin " + tenant.pluginId() + " failed; using the baseline for " + tenant.id(), pluginFailure);
            return Optional.empty();
        }
    }

    private static String noPatternReason(Tenant tenant) {
        return tenant.displayName() + " has no term dates recorded and the " + tenant.pluginId() + " plugin gives none";
    }

    /**
     * Adopts each borough's plugin term dates as its pattern for the academic years it has never had, at start-up.
     * A plugin that is missing or fails leaves the pattern as it is.
     */
    public void adoptPluginTermDates() {
        for (Tenant tenant : tenants.all()) {
            try {
                plugins.extension(SchoolCalendarExtension.class, tenant.pluginId()).map(SchoolCalendarExtension::schoolCalendar)
                        .filter(TermTimeCalendar.class::isInstance).map(TermTimeCalendar.class::cast)
                        .ifPresent(published -> schoolCalendars.adoptPluginTermDates(tenant.laCode(), published, tenant.pluginId()));
            } catch (RuntimeException pluginFailure) {
                LOG.log(Level.WARNING, "Could not adopt the term dates of plugin " + tenant.pluginId() + " for " + tenant.id(), pluginFailure);
            }
        }
    }
}
