package org.pupilsupport.plugin.kingston;

import org.pf4j.Extension;
import org.pupilsupport.plugin.api.CaseProtocolExtension;

/**
 * Kingston's local casework protocol. PLACEHOLDER figures: the council has not published its reduced-timetable
 * protocol, nor its home-education one, so these are labelled defaults for the borough to confirm, never facts about its practice.
 */
@Extension
public class KingstonCaseProtocol implements CaseProtocolExtension {

    /** Reviewed fortnightly, for at most six school weeks. */
    static final int REDUCED_TIMETABLE_REVIEW_INTERVAL = 10;
    /** First contact after a notice of home education. */
    static final int HOME_EDUCATION_FIRST_CONTACT = 10;
    static final int REDUCED_TIMETABLE_LONGEST = 30;

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
