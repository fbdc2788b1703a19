package org.pupilsupport.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pupilsupport.core.plugins.BoroughPlugins;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * A third borough configured before its plugin is installed: deadlines still come, from the baseline
 * calendar, and say why. Uses the real tenant loader and a real PF4J manager over an empty directory.
 */
class BoroughCalendarsTest {

    @TempDir
    Path config;

    @TempDir
    Path emptyPluginDirectory;

    private final BoroughCalendars calendars = new BoroughCalendars();
    private final BoroughPlugins plugins = new BoroughPlugins();

    @BeforeEach
    void windsorAndMaidenheadWithoutItsPlugin() throws IOException {
        Path windsor = Files.createDirectories(config.resolve("windsor"));
        Files.writeString(windsor.resolve("tenant.properties"), String.join("\n",
                "id=windsor", "name=Windsor and Maidenhead", "la.code=868", "plugin=windsor-maidenhead",
                "dpo.name=Data Protection Officer", "dpo.email=dpo@windsor.example.org"));
        TenantDirectory tenants = new TenantDirectory();
        tenants.load(config);
        plugins.start(emptyPluginDirectory);
        calendars.tenants = tenants;
        calendars.plugins = plugins;
        calendars.schoolCalendars = new NoCalendarsRecorded();
    }

    /** A new installation: no borough's administrators have recorded term dates yet (the database has no rows). */
    private static final class NoCalendarsRecorded extends SchoolCalendars {

        @Override
        public java.util.Optional<org.pupilsupport.plugin.api.TermTimeCalendar> patternOf(String laCode) {
            return java.util.Optional.empty();
        }
    }

    @AfterEach
    void stopPlugins() {
        plugins.shutDown();
    }

    @Test
    void aBoroughWhosePluginIsMissingGetsTheBaselineAndIsToldWhy() {
        SchoolDayDate deadline = calendars.schoolDaysAfter(TenantId.of("windsor"), LocalDate.of(2026, 12, 23), 3);

        assertTrue(deadline.fromBaseline());
        assertEquals("Windsor and Maidenhead has no term dates recorded and the windsor-maidenhead plugin gives none", deadline.fallbackReason());
        assertEquals("baseline calendar (weekdays less English bank holidays)", deadline.calendarDescription());
        // 24 Dec, then 25 and 28 Dec are bank holidays: 29 and 30 Dec.
        assertEquals(LocalDate.of(2026, 12, 30), deadline.date());
        assertEquals(java.util.List.of(), plugins.startedPluginIds());
    }
}
