package org.pupilsupport.core.cases;

/**
 * A pupil's suspensions around one of them, which the governors' and yearly-limit rules need: the sessions in
 * the same term, and the allowance for the academic year. Both include the suspension itself.
 */
public record SuspensionTotals(int termSessions, SuspensionAllowance year) {

    public static final SuspensionTotals NONE = new SuspensionTotals(0, new SuspensionAllowance(0));
}
