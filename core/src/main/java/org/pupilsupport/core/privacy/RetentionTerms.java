package org.pupilsupport.core.privacy;

import java.util.Locale;

import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * The values of one schedule line as the DPO or a borough's seed file gives them, checked against the bounds the
 * record kind sets.
 *
 * @param area   the service area, for {@link RecordKind#CASE} only
 * @param source where the value comes from (a published schedule, a statute, the council's decision)
 */
public record RetentionTerms(RecordKind kind, ServiceArea area, int years, int months, RetentionTrigger runsFrom, RetentionAction action,
                             String source) {

    /**
     * @throws org.pupilsupport.core.validation.InvalidCommandException naming each problem by field
     */
    public RetentionTerms checked() {
        FieldProblems problems = new FieldProblems();
        if (kind == null) {
            problems.add("kind", "Choose the kind of record");
        } else if ((kind == RecordKind.CASE) != (area != null)) {
            problems.add("area", kind == RecordKind.CASE ? "Choose the service area" : "Only a case line has a service area");
        }
        if (years < 0 || years > RetentionRule.LONGEST_PERIOD_YEARS) {
            problems.add("years", "Enter a number of years from 0 to " + RetentionRule.LONGEST_PERIOD_YEARS);
        }
        if (months < 0 || months > 11) {
            problems.add("months", "Enter a number of months from 0 to 11");
        }
        if (runsFrom == null) {
            problems.add("runsFrom", "Choose the event the period runs from");
        } else if (kind != null && !kind.triggers().contains(runsFrom)) {
            problems.add("runsFrom", kind.label() + " cannot be kept from " + runsFrom.label());
        }
        if (action == null) {
            problems.add("action", "Choose what happens when the period ends");
        } else if (kind != null && !kind.actions().contains(action)) {
            problems.add("action", kind.label() + " cannot be set to " + action.label().toLowerCase(Locale.ROOT));
        }
        String text = source == null ? "" : source.strip();
        if (text.isEmpty()) {
            problems.add("source", "Say where the period comes from (a published schedule, a law, or the council's decision)");
        } else if (text.length() > RetentionRule.LONGEST_SOURCE) {
            problems.add("source", "The source must be " + RetentionRule.LONGEST_SOURCE + " characters or fewer");
        }
        problems.throwIfAny();
        return new RetentionTerms(kind, area, years, months, runsFrom, action, text);
    }
}
