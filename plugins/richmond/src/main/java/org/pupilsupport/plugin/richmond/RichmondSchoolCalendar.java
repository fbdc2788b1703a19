package org.pupilsupport.plugin.richmond;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.pf4j.Extension;
import org.pupilsupport.plugin.api.SchoolCalendar;
import org.pupilsupport.plugin.api.SchoolCalendarExtension;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/** Richmond's school calendar, read from {@code term-dates.txt} in this plugin. */
@Extension
public class RichmondSchoolCalendar implements SchoolCalendarExtension {

    static final String TERM_DATES = "term-dates.txt";

    @Override
    public SchoolCalendar schoolCalendar() {
        try (InputStream in = RichmondSchoolCalendar.class.getResourceAsStream(TERM_DATES)) {
            if (in == null) {
                throw new IllegalStateException("The richmond plugin is missing its " + TERM_DATES);
            }
            return TermTimeCalendar.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "richmond plugin " + TERM_DATES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
