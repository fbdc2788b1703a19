package org.pupilsupport.core.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.pupilsupport.core.cases.ServiceArea;

/**
 * How long a child's record is kept under the borough's schedule, and why: the latest of the child record's own
 * date and each of its cases' dates, because the record goes as a whole. A record with an open case is kept; a
 * case whose area has no schedule line keeps the record too (nothing is disposed of by default).
 */
public sealed interface Keeping {

    /** Kept while a case is open. */
    record WhileOpen(String caseReference) implements Keeping {
    }

    /** Kept with no end date: the schedule has no line for something the record holds, or a date it runs from is not recorded. */
    record NoEnd(String why) implements Keeping {
    }

    /**
     * Kept until the date, then the action.
     *
     * @param rule the line that sets the latest date
     */
    record Until(LocalDate date, RetentionAction action, RetentionRule rule, String why) implements Keeping {
    }

    /** What the schedule needs to know of a child's record. */
    record RecordFacts(LocalDate dateOfBirth, LocalDate recordedOn, List<CaseFacts> cases) {
    }

    /** @param closedOn null while open; @param lastContactOn null if no contact was recorded */
    record CaseFacts(String reference, ServiceArea area, boolean open, LocalDate referredOn, LocalDate closedOn, LocalDate lastContactOn) {
    }

    /**
     * @param childRule the schedule's child record line, if any
     * @param caseRule  the schedule's line for cases of an area, if any
     */
    static Keeping of(RecordFacts facts, Optional<RetentionRule> childRule, Function<ServiceArea, Optional<RetentionRule>> caseRule) {
        for (CaseFacts aCase : facts.cases()) {
            if (aCase.open()) {
                return new WhileOpen(aCase.reference());
            }
        }
        if (childRule.isEmpty()) {
            return new NoEnd("the retention schedule has no line for a child's record");
        }
        LocalDate lastContact = facts.cases().stream().map(aCase -> aCase.lastContactOn() != null ? aCase.lastContactOn() : aCase.closedOn())
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(facts.recordedOn());
        List<Until> dates = new ArrayList<>();
        RetentionRule child = childRule.get();
        LocalDate childEvent = eventDate(child.runsFrom(), facts.dateOfBirth(), facts.recordedOn(), facts.recordedOn(), lastContact);
        dates.add(until(child, childEvent, "child record: " + child.describe()));
        for (CaseFacts aCase : facts.cases()) {
            Optional<RetentionRule> rule = caseRule.apply(aCase.area());
            if (rule.isEmpty()) {
                return new NoEnd("the retention schedule has no line for cases of " + aCase.area().label());
            }
            LocalDate caseContact = aCase.lastContactOn() != null ? aCase.lastContactOn() : aCase.closedOn();
            LocalDate event = eventDate(rule.get().runsFrom(), facts.dateOfBirth(), aCase.closedOn(), aCase.referredOn(), caseContact);
            if (event == null) {
                return new NoEnd("case " + aCase.reference() + " has no date for " + rule.get().runsFrom().label());
            }
            dates.add(until(rule.get(), event, "case " + aCase.reference() + " (" + aCase.area().label() + "): " + rule.get().describe()));
        }
        return dates.stream().max(Comparator.comparing(Until::date)).orElseThrow();
    }

    private static Until until(RetentionRule rule, LocalDate event, String why) {
        return new Until(rule.endsAfter(event), rule.action(), rule, why);
    }

    private static LocalDate eventDate(RetentionTrigger trigger, LocalDate born, LocalDate closed, LocalDate received, LocalDate lastContact) {
        return switch (trigger) {
            case EIGHTEENTH_BIRTHDAY -> born.plusYears(18);
            case TWENTY_FIFTH_BIRTHDAY -> born.plusYears(25);
            case CASE_CLOSED -> closed;
            case LAST_CONTACT -> lastContact;
            case DATE_RECEIVED -> received;
        };
    }
}
