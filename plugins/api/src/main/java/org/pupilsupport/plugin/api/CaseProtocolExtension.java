package org.pupilsupport.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * Extension point through which a borough plugin states its local casework protocols: the figures the law
 * leaves to each council, such as how often a reduced (part-time) timetable must be formally reviewed and
 * how long one may run before it is treated as over-long. Statutory deadlines (the 45-school-day suspension
 * cap, the governors' 15 school days, the s19 trigger) are not here: they belong to the host and a plugin
 * cannot weaken them. A borough without this extension gets the host's defaults, and screens say so.
 *
 * <p>Figures are in school days, counted on the borough's own {@link SchoolCalendar}.
 *
 * <p>Example: a borough that reviews reduced timetables fortnightly and lets none run past six weeks
 * <pre>{@code
 * @Extension
 * public class ExampleCaseProtocol implements CaseProtocolExtension {
 *     public int reducedTimetableReviewIntervalSchoolDays() { return 10; }
 *     public int reducedTimetableLongestSchoolDays() { return 30; }
 *     public int homeEducationFirstContactSchoolDays() { return 10; }
 * }
 * }</pre>
 *
 * @since 1.2
 */
public interface CaseProtocolExtension extends ExtensionPoint {

    /**
     * How many school days may pass between formal reviews of a pupil's reduced timetable (with the pupil
     * and parents). At least 1.
     *
     * @since 1.2
     */
    int reducedTimetableReviewIntervalSchoolDays();

    /**
     * The longest a reduced timetable may run, in school days from its start, before the case is flagged
     * as over-long. At least 1. Guidance says reduced timetables are exceptional and time-limited.
     *
     * @since 1.2
     */
    int reducedTimetableLongestSchoolDays();

    /**
     * Within how many school days of a parent's notice of elective home education an officer first contacts
     * the family about the education provided. At least 1.
     *
     * @since 1.2
     */
    int homeEducationFirstContactSchoolDays();
}
