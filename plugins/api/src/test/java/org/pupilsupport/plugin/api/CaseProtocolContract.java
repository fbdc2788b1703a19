package org.pupilsupport.plugin.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The contract every borough plugin's {@link CaseProtocolExtension} must pass: figures the host can use to
 * set deadlines, neither zero nor absurd. A plugin's test extends this class and names its extension.
 *
 * @since 1.2
 */
public abstract class CaseProtocolContract {

    /** Nobody could work to a review or a limit more than two academic years away. */
    static final int LONGEST_SENSIBLE_SCHOOL_DAYS = 380;

    /** The plugin's extension, created as PF4J would: with its no-argument constructor. */
    protected abstract CaseProtocolExtension extension();

    @Test
    void reducedTimetablesAreReviewedAtASensibleInterval() {
        int interval = extension().reducedTimetableReviewIntervalSchoolDays();
        assertTrue(interval >= 1 && interval <= LONGEST_SENSIBLE_SCHOOL_DAYS, "review interval " + interval + " school days");
    }

    @Test
    void reducedTimetablesHaveALimitAndAreReviewedBeforeIt() {
        CaseProtocolExtension protocol = extension();
        int longest = protocol.reducedTimetableLongestSchoolDays();
        assertTrue(longest >= 1 && longest <= LONGEST_SENSIBLE_SCHOOL_DAYS, "longest reduced timetable " + longest + " school days");
        assertTrue(protocol.reducedTimetableReviewIntervalSchoolDays() <= longest,
                "a timetable must be reviewed at least once before it becomes over-long");
    }

    @Test
    void homeEducatedChildrenAreContactedWithinASensiblePeriod() {
        int days = extension().homeEducationFirstContactSchoolDays();
        assertTrue(days >= 1 && days <= LONGEST_SENSIBLE_SCHOOL_DAYS, "first contact within " + days + " school days");
    }
}
