package org.pupilsupport.plugin.kingston;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.pf4j.Extension;
import org.pupilsupport.plugin.api.SchoolCalendar;
import org.pupilsupport.plugin.api.SchoolCalendarExtension;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/** Kingston's school calendar, read from {@code term-dates.txt} in this plugin. */
@Extension
public class KingstonSchoolCalendar implements SchoolCalendarExtension {

    static final String TERM_DATES = "term-dates.txt";

    @Override
    public SchoolCalendar schoolCalendar() {
        try (InputStream in = KingstonSchoolCalendar.class.getResourceAsStream(TERM_DATES)) {
            if (in == null) {
                throw new IllegalStateException("The kingston plugin is missing its " + TERM_DATES);
            }
            return TermTimeCalendar.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "kingston plugin " + TERM_DATES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
