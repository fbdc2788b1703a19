package org.pupilsupport.core.cases;

/**
 * A borough's local casework protocol, as its plugin states it or the host's defaults.
 *
 * @param source where the figures came from, for the screen ("Kingston upon Thames's protocol (plugin kingston)")
 */
public record CaseProtocol(int reducedTimetableReviewIntervalSchoolDays, int reducedTimetableLongestSchoolDays, String source) {

    /** Used when a borough states no protocol: a review every three school weeks, for at most six. */
    public static final CaseProtocol DEFAULT = new CaseProtocol(15, 30, "the host's defaults");

    public CaseProtocol {
        if (reducedTimetableReviewIntervalSchoolDays < 1 || reducedTimetableLongestSchoolDays < 1) {
            throw new IllegalArgumentException("Protocol figures must be at least one school day");
        }
    }
}
