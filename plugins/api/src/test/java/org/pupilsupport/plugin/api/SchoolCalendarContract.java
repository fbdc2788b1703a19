package org.pupilsupport.plugin.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The contract every borough plugin's {@link SchoolCalendarExtension} must pass. A plugin's test extends
 * this class and names its extension; it ships in the API's test jar.
 *
 * @since 1.0
 */
public abstract class SchoolCalendarContract {

    /** The plugin's extension, created as PF4J would: with its no-argument constructor. */
    protected abstract SchoolCalendarExtension extension();

    /** Academic years (by their starting calendar year) the plugin must cover. */
    protected List<Integer> academicYearsCovered() {
        return List.of(2025, 2026);
    }

    @Test
    void coversEveryRequiredAcademicYear() {
        SchoolCalendar calendar = extension().schoolCalendar();
        for (int year : academicYearsCovered()) {
            assertTrue(calendar.covers(LocalDate.of(year, 9, 1)), "covers the start of " + year + "/" + (year + 1));
            assertTrue(calendar.covers(LocalDate.of(year + 1, 8, 31)), "covers the end of " + year + "/" + (year + 1));
        }
    }

    @Test
    void eachYearHasAboutTheStatutoryNumberOfSchoolDays() {
        SchoolCalendar calendar = extension().schoolCalendar();
        for (int year : academicYearsCovered()) {
            long schoolDays = LocalDate.of(year, 9, 1).datesUntil(LocalDate.of(year + 1, 9, 1))
                    .filter(calendar::isSchoolDay).count();
            // Schools must meet for 380 sessions (190 days); a few INSET days may fall inside the terms.
            assertTrue(schoolDays >= 185 && schoolDays <= 200,
                    year + "/" + (year + 1) + " has " + schoolDays + " school days, outside 185..200");
        }
    }

    @Test
    void noWeekendOrBankHolidayIsASchoolDay() {
        SchoolCalendar calendar = extension().schoolCalendar();
        LocalDate.of(academicYearsCovered().get(0), 9, 1).datesUntil(calendar.coveredUntil().plusDays(1))
                .filter(calendar::isSchoolDay)
                .forEach(day -> {
                    assertFalse(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY, day + " is a weekend");
                    assertFalse(EnglishBankHolidays.isBankHoliday(day), day + " is a bank holiday");
                });
    }

    @Test
    void theExtensionIsIndexedForPf4j() throws IOException {
        String extensionName = extension().getClass().getName();
        // Test classes may carry an index of their own (empty), so look through every one on the class path.
        Enumeration<URL> indexes = extension().getClass().getClassLoader().getResources("META-INF/extensions.idx");
        boolean listed = false;
        while (indexes.hasMoreElements()) {
            try (InputStream index = indexes.nextElement().openStream()) {
                listed |= new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().anyMatch(extensionName::equals);
            }
        }
        assertTrue(listed, "No META-INF/extensions.idx lists " + extensionName + ": the PF4J annotation processor did not run");
    }
}
