package org.pupilsupport.core.cases;

/**
 * A pupil's suspensions around one of them, which the governors', sixth-day and yearly-limit rules need.
 *
 * @param termSessions              sessions of suspension from the same school in the same term, up to and including this
 *                                  one, leaving out cancelled ones (the board's duty ends on a cancellation)
 * @param year                      every suspension of the academic year from any school, this one included; a cancelled
 *                                  one counts the sessions already served
 * @param consecutiveSessionsBefore sessions of the suspensions that run back to back into this one, with no school day
 *                                  between (2007 Regulations reg 3(3): consecutive periods are one for the sixth day)
 */
public record SuspensionTotals(int termSessions, SuspensionAllowance year, int consecutiveSessionsBefore) {

    public static final SuspensionTotals NONE = new SuspensionTotals(0, new SuspensionAllowance(0), 0);

    public SuspensionTotals(int termSessions, SuspensionAllowance year) {
        this(termSessions, year, 0);
    }
}
