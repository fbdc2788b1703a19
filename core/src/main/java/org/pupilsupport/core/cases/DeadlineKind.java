package org.pupilsupport.core.cases;

/**
 * The deadlines casework produces; each open one is a task for the case's officer. A statutory deadline (one
 * the law sets, with its source) is met by the facts the record holds; an officer who marks one done by hand
 * must say why, and the reason is kept and shown. The others follow a borough's own protocol.
 */
public enum DeadlineKind {
    ENQUIRIES_START("Start reasonable enquiries with the school now",
            "School Attendance (Pupil Registration) (England) Regulations 2024, reg 9(1)(i); Education Act 1996 s436A"),
    TWENTY_SCHOOL_DAYS_ABSENT("20th school day of absence: the earliest date of a ground (i) deletion, if every condition is met",
            "School Attendance (Pupil Registration) (England) Regulations 2024, reg 9(1)(i)"),
    SIXTH_DAY_PROVISION("Full-time education must start by the sixth school day",
            "Education and Inspections Act 2006 s100; Education Act 1996 s19(3A)"),
    GOVERNORS_MEETING("Governing board must consider reinstatement by",
            "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012, reg 6 (reg 24 for academies)"),
    REVIEW_PANEL_APPLICATION("Last day for parents to apply for an independent review panel",
            "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012, Schedule 1"),
    REVIEW_PANEL_MEETING("The independent review panel must meet by",
            "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012, Schedule 1"),
    BOARD_RECONSIDERATION("The governing board must reconsider by",
            "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012, reg 8 (reg 26 for academies)"),
    SUSPENSION_CAP_PASSED("Suspensions passed 45 school days this academic year: challenge the school",
            "Education Act 2002 s51A: no more than 45 school days of suspension in a school year"),
    REDUCED_TIMETABLE_REVIEW("Review the reduced timetable with the pupil and parents", null),
    REDUCED_TIMETABLE_LIMIT("Reduced timetable reaches the borough's limit: end it or escalate", null),
    HEALTH_PROVISION("15th school day missed through ill health: s19 education must be arranged",
            "Education Act 1996 s19; statutory guidance on education for children with health needs (2023)"),
    FAIR_ACCESS_PLACEMENT("Child must be placed: 20 school days from the decision to use fair access",
            "School Admissions Code 2021, section 3: fair access protocols"),
    IN_YEAR_OUTCOME("Tell the parents the outcome of the in-year application in writing",
            "School Admissions Code 2021, section 2: in-year admissions (15 school days)"),
    SUPPORT_PLAN_REVIEW("Review an action of the plan", null),
    MANAGED_MOVE_DECISION("Decide whether the managed move becomes permanent", null),
    HOME_EDUCATION_FIRST_CONTACT("First contact with the home-educating family", null),
    S437_NOTICE_PERIOD_ENDS("The s437(1) notice period ends", "Education Act 1996 s437(1)-(2)"),
    S438_NOTICE_PERIOD_ENDS("The parent's 15 days to choose a school after the s438 notice of intention end", "Education Act 1996 s438(2)-(4)"),
    PLACEMENT_ENDS("The alternative provision placement ends", null);

    private final String label;
    private final String statutoryBasis;

    DeadlineKind(String label, String statutoryBasis) {
        this.label = label;
        this.statutoryBasis = statutoryBasis;
    }

    /** Whether the law sets this deadline, so that only the facts, or a stated reason, may mark it done. */
    public boolean statutory() {
        return statutoryBasis != null;
    }

    /** The law that sets the deadline, as officers cite it; null for a borough's own protocol. */
    public String statutoryBasis() {
        return statutoryBasis;
    }

    public String label() {
        return label;
    }
}
