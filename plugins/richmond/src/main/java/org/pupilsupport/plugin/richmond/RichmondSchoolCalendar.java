package org.pupilsupport.plugin.richmond;

import org.pf4j.Extension;
import org.pupilsupport.plugin.api.SchoolCalendar;
import org.pupilsupport.plugin.api.SchoolCalendarExtension;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/** Richmond's school calendar, from {@code term-dates.txt} beside this class in the plugin jar. */
@Extension
public class RichmondSchoolCalendar implements SchoolCalendarExtension {

    @Override
    public SchoolCalendar schoolCalendar() {
        return TermTimeCalendar.fromResource(RichmondSchoolCalendar.class, "term-dates.txt");
    }
}
