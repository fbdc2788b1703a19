package org.pupilsupport.core.cases;

/**
 * A borough's local casework protocol, as its plugin states it or the host's defaults.
 *
 * @param source where the figures came from, for the screen ("Kingston upon Thames's protocol")
 */
public record CaseProtocol(int reducedTimetableReviewIntervalSchoolDays, int reducedTimetableLongestSchoolDays,
                           int homeEducationFirstContactSchoolDays, String source) {

    /**
     * Used when a borough states no protocol: a reduced timetable reviewed every three school weeks, for at most
     * six; a home-educating family contacted within two school weeks.
     */
    public static final CaseProtocol DEFAULT = new CaseProtocol(15, 30, CaseProtocol.DEFAULT_HOME_EDUCATION_FIRST_CONTACT,
            "the host's defaults: the borough's plugin states no protocol");

    static final int DEFAULT_HOME_EDUCATION_FIRST_CONTACT = 10;

    public CaseProtocol {
        if (reducedTimetableReviewIntervalSchoolDays < 1 || reducedTimetableLongestSchoolDays < 1 || homeEducationFirstContactSchoolDays < 1) {
            throw new IllegalArgumentException("Protocol figures must be at least one school day");
        }
    }

    /** A protocol for reduced timetables, with the default home-education contact period. */
    public CaseProtocol(int reducedTimetableReviewIntervalSchoolDays, int reducedTimetableLongestSchoolDays, String source) {
        this(reducedTimetableReviewIntervalSchoolDays, reducedTimetableLongestSchoolDays, DEFAULT_HOME_EDUCATION_FIRST_CONTACT, source);
    }
}
