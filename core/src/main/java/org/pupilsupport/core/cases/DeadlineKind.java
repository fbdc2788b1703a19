package org.pupilsupport.core.cases;

/** The deadlines casework produces; each open one is a task for the case's officer. */
public enum DeadlineKind {
    TWENTY_SCHOOL_DAYS_ABSENT("20th school day of absence: reasonable enquiries with the school must be done"),
    SIXTH_DAY_PROVISION("Full-time education must start by the sixth school day"),
    GOVERNORS_MEETING("Governing board must consider reinstatement by"),
    REVIEW_PANEL_APPLICATION("Last day for parents to apply for an independent review panel"),
    SUSPENSION_CAP_PASSED("Suspensions passed 45 school days this academic year: challenge the school"),
    REDUCED_TIMETABLE_REVIEW("Review the reduced timetable with the pupil and parents"),
    REDUCED_TIMETABLE_LIMIT("Reduced timetable reaches the borough's limit: end it or escalate"),
    HEALTH_PROVISION("15th school day missed through ill health: s19 education must be arranged"),
    FAIR_ACCESS_PLACEMENT("Child must be placed: 20 school days from the request"),
    SUPPORT_PLAN_REVIEW("Review an action of the plan"),
    MANAGED_MOVE_DECISION("Decide whether the managed move becomes permanent"),
    HOME_EDUCATION_FIRST_CONTACT("First contact with the home-educating family"),
    S437_NOTICE_PERIOD_ENDS("The s437(1) notice period ends"),
    PLACEMENT_ENDS("The alternative provision placement ends");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
