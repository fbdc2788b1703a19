package org.pupilsupport.core.cases;

import static org.pupilsupport.core.cases.ServiceArea.ALTERNATIVE_PROVISION;
import static org.pupilsupport.core.cases.ServiceArea.AT_RISK_OF_EXCLUSION;
import static org.pupilsupport.core.cases.ServiceArea.ELECTIVE_HOME_EDUCATION;
import static org.pupilsupport.core.cases.ServiceArea.HEALTH_NEEDS;
import static org.pupilsupport.core.cases.ServiceArea.IN_YEAR_TRANSFER;
import static org.pupilsupport.core.cases.ServiceArea.MANAGED_MOVE;
import static org.pupilsupport.core.cases.ServiceArea.MISSING_EDUCATION;
import static org.pupilsupport.core.cases.ServiceArea.REDUCED_TIMETABLE;
import static org.pupilsupport.core.cases.ServiceArea.SCHOOL_CONSULTANCY;
import static org.pupilsupport.core.cases.ServiceArea.SUSPENSION_OR_EXCLUSION;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a case ended. Each outcome belongs to the areas where it makes sense, so a reduced timetable cannot be
 * closed as "moved abroad". These are the service's own outcomes, not a DfE code set.
 */
public enum CaseOutcome {
    FOUND_ON_ROLL("Found on a school roll", EnumSet.of(MISSING_EDUCATION)),
    MOVED_TO_ANOTHER_LA("Moved to another local authority, which was notified", EnumSet.of(MISSING_EDUCATION, ELECTIVE_HOME_EDUCATION)),
    MOVED_ABROAD("Moved abroad", EnumSet.of(MISSING_EDUCATION, ELECTIVE_HOME_EDUCATION)),
    NOW_HOME_EDUCATED("Now electively home educated", EnumSet.of(MISSING_EDUCATION)),
    CLOSED_UNTRACED("Not traced: details placed in the DfE lost-pupil area", EnumSet.of(MISSING_EDUCATION)),
    SUSPENSION_SERVED("Suspension served; pupil back at school", EnumSet.of(SUSPENSION_OR_EXCLUSION)),
    REINSTATED("Reinstated", EnumSet.of(SUSPENSION_OR_EXCLUSION)),
    EXCLUSION_UPHELD("Permanent exclusion upheld; pupil off roll", EnumSet.of(SUSPENSION_OR_EXCLUSION)),
    EXCLUSION_CANCELLED("Cancelled by the head teacher; pupil back at school", EnumSet.of(SUSPENSION_OR_EXCLUSION)),
    RISK_REDUCED("Risk reduced; support plan completed", EnumSet.of(AT_RISK_OF_EXCLUSION)),
    EXCLUDED_DESPITE_SUPPORT("Excluded despite support", EnumSet.of(AT_RISK_OF_EXCLUSION)),
    MADE_PERMANENT("Move made permanent", EnumSet.of(MANAGED_MOVE)),
    RETURNED_TO_ORIGIN_SCHOOL("Returned to the original school", EnumSet.of(MANAGED_MOVE)),
    FULL_TIME_RESTORED("Back on a full-time timetable", EnumSet.of(REDUCED_TIMETABLE)),
    RETURNED_TO_SCHOOL("Returned to school", EnumSet.of(HEALTH_NEEDS, ELECTIVE_HOME_EDUCATION, ALTERNATIVE_PROVISION)),
    SCHOOL_ATTENDANCE_ORDER("School attendance order served", EnumSet.of(ELECTIVE_HOME_EDUCATION)),
    PLACED_AT_SCHOOL("Placed at a school", EnumSet.of(IN_YEAR_TRANSFER)),
    REQUEST_WITHDRAWN("Request withdrawn", EnumSet.of(IN_YEAR_TRANSFER)),
    PLACEMENT_ENDED("Placement ended", EnumSet.of(ALTERNATIVE_PROVISION, HEALTH_NEEDS)),
    ADVICE_COMPLETED("Advice given and follow-ups done", EnumSet.of(SCHOOL_CONSULTANCY)),
    NO_FURTHER_ACTION("No further action needed", EnumSet.allOf(ServiceArea.class));

    private final String label;
    private final Set<ServiceArea> areas;

    CaseOutcome(String label, Set<ServiceArea> areas) {
        this.label = label;
        this.areas = areas;
    }

    public String label() {
        return label;
    }

    public boolean appliesTo(ServiceArea area) {
        return areas.contains(area);
    }

    public static List<CaseOutcome> forArea(ServiceArea area) {
        return Arrays.stream(values()).filter(outcome -> outcome.appliesTo(area)).toList();
    }
}
