package org.pupilsupport.plugin.kingston;

import org.pf4j.Extension;
import org.pupilsupport.plugin.api.SchoolCalendar;
import org.pupilsupport.plugin.api.SchoolCalendarExtension;
import org.pupilsupport.plugin.api.TermTimeCalendar;

/** Kingston's school calendar, from {@code term-dates.txt} beside this class in the plugin jar. */
@Extension
public class KingstonSchoolCalendar implements SchoolCalendarExtension {

    @Override
    public SchoolCalendar schoolCalendar() {
        return TermTimeCalendar.fromResource(KingstonSchoolCalendar.class, "term-dates.txt");
    }
}
