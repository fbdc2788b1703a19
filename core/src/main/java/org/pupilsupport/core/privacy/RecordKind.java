package org.pupilsupport.core.privacy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of record the retention schedule covers, with the events each may run from and the actions each may
 * take: the bounds within which a borough's DPO sets its own values. Stored by name: never rename a constant.
 *
 * <p>{@link #isAppliedByDisposalRuns()} says which ones a disposal run acts on today: a child's record, with its
 * cases, contacts, files and school notifications, goes as one. The others are kept in the schedule so the record of
 * processing can state them, and are applied by the privacy features that own them as those land.
 */
public enum RecordKind {
    CHILD_RECORD("A child's record (with no open case)", EnumSet.of(RetentionTrigger.EIGHTEENTH_BIRTHDAY, RetentionTrigger.TWENTY_FIFTH_BIRTHDAY,
            RetentionTrigger.LAST_CONTACT, RetentionTrigger.DATE_RECEIVED), EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), true),
    CASE("A case of the service area", EnumSet.of(RetentionTrigger.CASE_CLOSED, RetentionTrigger.EIGHTEENTH_BIRTHDAY,
            RetentionTrigger.TWENTY_FIFTH_BIRTHDAY, RetentionTrigger.LAST_CONTACT), EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), true),
    CONTACT("Contacts recorded on a case", EnumSet.of(RetentionTrigger.CASE_CLOSED, RetentionTrigger.LAST_CONTACT),
            EnumSet.of(RetentionAction.DISPOSE), false),
    ATTACHMENT("Files attached to a case", EnumSet.of(RetentionTrigger.CASE_CLOSED, RetentionTrigger.DATE_RECEIVED),
            EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), false),
    SCHOOL_NOTIFICATION("Schools' notifications and returns", EnumSet.of(RetentionTrigger.DATE_RECEIVED, RetentionTrigger.CASE_CLOSED),
            EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), false),
    AUDIT_DETAIL("The audit trail's details (who and when stay)", EnumSet.of(RetentionTrigger.DATE_RECEIVED),
            EnumSet.of(RetentionAction.ANONYMISE), false),
    BREAK_GLASS("Break-glass records", EnumSet.of(RetentionTrigger.DATE_RECEIVED), EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), false),
    IMPORT_FILE("Imported files (CTF, GIAS extracts)", EnumSet.of(RetentionTrigger.DATE_RECEIVED), EnumSet.of(RetentionAction.DISPOSE), false),
    SUBJECT_REQUEST("Subject rights requests", EnumSet.of(RetentionTrigger.DATE_RECEIVED, RetentionTrigger.CASE_CLOSED),
            EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), false),
    BREACH("Breach records", EnumSet.of(RetentionTrigger.DATE_RECEIVED, RetentionTrigger.CASE_CLOSED),
            EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), false);

    private final String label;
    private final Set<RetentionTrigger> triggers;
    private final Set<RetentionAction> actions;
    private final boolean appliedByDisposalRuns;

    RecordKind(String label, Set<RetentionTrigger> triggers, Set<RetentionAction> actions, boolean appliedByDisposalRuns) {
        this.label = label;
        this.triggers = triggers;
        this.actions = actions;
        this.appliedByDisposalRuns = appliedByDisposalRuns;
    }

    public String label() {
        return label;
    }

    public Set<RetentionTrigger> triggers() {
        return Set.copyOf(triggers);
    }

    public Set<RetentionAction> actions() {
        return Set.copyOf(actions);
    }

    public boolean isAppliedByDisposalRuns() {
        return appliedByDisposalRuns;
    }
}
