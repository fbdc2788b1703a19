package org.pupilsupport.plugin.kingston;

import org.pupilsupport.plugin.api.SchoolCalendarContract;
import org.pupilsupport.plugin.api.SchoolCalendarExtension;

class KingstonSchoolCalendarTest extends SchoolCalendarContract {

    @Override
    protected SchoolCalendarExtension extension() {
        return new KingstonSchoolCalendar();
    }
}
