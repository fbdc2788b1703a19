package org.pupilsupport.plugin.richmond;

import org.pf4j.Extension;
import org.pupilsupport.plugin.api.CaseProtocolExtension;

/**
 * Richmond's local casework protocol. PLACEHOLDER figures: the council has not published its reduced-timetable
 * protocol, nor its home-education one, so these are labelled defaults for the borough to confirm, never facts about its practice.
 */
@Extension
public class RichmondCaseProtocol implements CaseProtocolExtension {

    /** Reviewed every four school weeks, for at most twelve. */
    static final int REDUCED_TIMETABLE_REVIEW_INTERVAL = 20;
    /** First contact after a notice of home education. */
    static final int HOME_EDUCATION_FIRST_CONTACT = 15;
    static final int REDUCED_TIMETABLE_LONGEST = 60;

    @Override
    public int reducedTimetableReviewIntervalSchoolDays() {
        return REDUCED_TIMETABLE_REVIEW_INTERVAL;
    }

    @Override
    public int reducedTimetableLongestSchoolDays() {
        return REDUCED_TIMETABLE_LONGEST;
    }

    @Override
    public int homeEducationFirstContactSchoolDays() {
        return HOME_EDUCATION_FIRST_CONTACT;
    }
}
