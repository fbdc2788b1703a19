package org.pupilsupport.plugin.richmond;

import org.pupilsupport.plugin.api.SchoolCalendarContract;
import org.pupilsupport.plugin.api.SchoolCalendarExtension;

class RichmondSchoolCalendarTest extends SchoolCalendarContract {

    @Override
    protected SchoolCalendarExtension extension() {
        return new RichmondSchoolCalendar();
    }
}
