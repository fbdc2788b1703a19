package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pupilsupport.core.calendar.BoroughCalendars;
import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.plugins.BoroughPlugins;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.inject.Inject;

/**
 * Inside the real server: the plugins are loaded from the server's plugin directory (not the WAR), and each
 * borough's deadlines come from its own plugin's calendar.
 */
@ExtendWith(ArquillianExtension.class)
class BoroughCalendarsIT {

    /** A Sunday; Richmond's (placeholder) calendar has an INSET day the next day, Kingston's does not. */
    private static final LocalDate SUNDAY_29_NOVEMBER_2026 = LocalDate.of(2026, 11, 29);

    @Deployment
    static WebArchive deployment() {
        return Deployments.shippedWarWith(BoroughCalendarsIT.class);
    }

    @Inject
    BoroughCalendars calendars;

    @Inject
    BoroughPlugins plugins;

    @Test
    void bothBoroughPluginsAreLoadedFromTheServersPluginDirectory() {
        assertEquals(java.util.List.of("kingston", "richmond"), plugins.startedPluginIds());
        assertTrue(plugins.directory().toString().endsWith("borough-plugins"), plugins.directory().toString());
    }

    @Test
    void kingstonCountsWithKingstonsTermDates() {
        SchoolDayDate deadline = calendars.schoolDaysAfter(TenantId.of("kingston"), SUNDAY_29_NOVEMBER_2026, 15);
        assertFalse(deadline.fromBaseline(), deadline.fallbackReason());
        assertEquals(LocalDate.of(2026, 12, 18), deadline.date());
        assertEquals("Kingston upon Thames term dates", deadline.calendarDescription());
    }

    @Test
    void richmondCountsWithRichmondsTermDates() {
        SchoolDayDate deadline = calendars.schoolDaysAfter(TenantId.of("richmond"), SUNDAY_29_NOVEMBER_2026, 15);
        assertFalse(deadline.fromBaseline(), deadline.fallbackReason());
        // INSET on 30 Nov, term ends 18 Dec, spring term starts 5 Jan 2027: the 15th school day.
        assertEquals(LocalDate.of(2027, 1, 5), deadline.date());
        assertEquals("Richmond upon Thames term dates", deadline.calendarDescription());
    }

    @Test
    void aDateBeyondThePublishedTermDatesFallsBackToTheBaselineAndSaysWhy() {
        SchoolDayDate deadline = calendars.schoolDaysAfter(TenantId.of("kingston"), LocalDate.of(2028, 8, 18), 10);
        assertTrue(deadline.fromBaseline());
        assertEquals("Kingston upon Thames calendar has no term dates for 2028-09-01", deadline.fallbackReason());
        // Weekdays after Fri 18 Aug 2028: 21-25 (5), the 28 August bank holiday skipped, 29-31 (8), Fri 1 Sep (9), Mon 4 Sep (10).
        assertEquals(LocalDate.of(2028, 9, 4), deadline.date());
    }
}
