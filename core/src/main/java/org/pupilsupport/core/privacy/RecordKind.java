package org.pupilsupport.core.privacy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of record the retention schedule covers, with the events each may run from and the actions each may
 * take: the bounds within which a borough's DPO sets its own values. Stored by name: never rename a constant.
 *
 * <p>{@link #application()} says how the schedule's line is applied today: a child's record, with its cases,
 * contacts, files and school notifications, goes as one, record by record; audit details and break-glass records are
 * swept by date in each disposal run; import files are never kept. The others are kept in the schedule so the record
 * of processing can state them, and are applied by the privacy features that own them as those land.
 */
public enum RecordKind {
    CHILD_RECORD("A child's record (with no open case)", EnumSet.of(RetentionTrigger.EIGHTEENTH_BIRTHDAY, RetentionTrigger.TWENTY_FIFTH_BIRTHDAY,
            RetentionTrigger.LAST_CONTACT, RetentionTrigger.DATE_RECEIVED), EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), Application.RECORD_BY_RECORD),
    CASE("A case of the service area", EnumSet.of(RetentionTrigger.CASE_CLOSED, RetentionTrigger.EIGHTEENTH_BIRTHDAY,
            RetentionTrigger.TWENTY_FIFTH_BIRTHDAY, RetentionTrigger.LAST_CONTACT), EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), Application.RECORD_BY_RECORD),
    CONTACT("Contacts recorded on a case", EnumSet.of(RetentionTrigger.CASE_CLOSED, RetentionTrigger.LAST_CONTACT),
            EnumSet.of(RetentionAction.DISPOSE), Application.WITH_THEIR_CASE),
    ATTACHMENT("Files attached to a case", EnumSet.of(RetentionTrigger.CASE_CLOSED, RetentionTrigger.DATE_RECEIVED),
            EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), Application.WITH_THEIR_CASE),
    SCHOOL_NOTIFICATION("Schools' notifications and returns", EnumSet.of(RetentionTrigger.DATE_RECEIVED, RetentionTrigger.CASE_CLOSED),
            EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), Application.WITH_THEIR_CASE),
    AUDIT_DETAIL("The audit trail's details (who and when stay)", EnumSet.of(RetentionTrigger.DATE_RECEIVED),
            EnumSet.of(RetentionAction.ANONYMISE), Application.SWEPT_BY_DATE),
    BREAK_GLASS("Break-glass records", EnumSet.of(RetentionTrigger.DATE_RECEIVED), EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), Application.SWEPT_BY_DATE),
    IMPORT_FILE("Imported files (CTF, GIAS extracts)", EnumSet.of(RetentionTrigger.DATE_RECEIVED), EnumSet.of(RetentionAction.DISPOSE), Application.NEVER_KEPT),
    SUBJECT_REQUEST("Subject rights requests", EnumSet.of(RetentionTrigger.DATE_RECEIVED, RetentionTrigger.CASE_CLOSED),
            EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), Application.NOT_YET),
    BREACH("Breach records", EnumSet.of(RetentionTrigger.DATE_RECEIVED, RetentionTrigger.CASE_CLOSED),
            EnumSet.of(RetentionAction.DISPOSE, RetentionAction.REVIEW), Application.NOT_YET);

    private final String label;
    private final Set<RetentionTrigger> triggers;
    private final Set<RetentionAction> actions;
    private final Application application;

    /** How a line of the schedule is put into effect. */
    public enum Application {
        RECORD_BY_RECORD("applied by disposal runs, record by record"),
        SWEPT_BY_DATE("applied by disposal runs, as one line for everything dated up to the day it falls due"),
        WITH_THEIR_CASE("not applied on its own yet: kept and disposed of with its case, whose line applies"),
        NEVER_KEPT("nothing to apply: such files are read when uploaded and never kept"),
        NOT_YET("recorded; applied when the feature that keeps these records is built");

        private final String label;

        Application(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    RecordKind(String label, Set<RetentionTrigger> triggers, Set<RetentionAction> actions, Application application) {
        this.label = label;
        this.triggers = triggers;
        this.actions = actions;
        this.application = application;
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

    public Application application() {
        return application;
    }
}
