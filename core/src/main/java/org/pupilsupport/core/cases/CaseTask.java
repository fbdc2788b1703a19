package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

/**
 * A deadline of a case, as work for its allocated officer. Raised and moved by the case's rules; done
 * either by the officer or by the case itself once the fact that meets it is recorded.
 */
@Entity
@Table(name = "CASE_TASK")
public class CaseTask extends TenantScopedEntity {

    static final int LONGEST_TEXT = 500;
    static final String MET_BY_THE_RECORD = "met: recorded on the case";
    static final String CLOSED_WITH_THE_CASE = "case closed";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    /** The case that owns the task: written with the task's own row, so the row is never without its case. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CASE_NUMBER", nullable = false, updatable = false)
    private Case owner;

    /** The same column, read as a number for queries across cases. */
    @Column(name = "CASE_NUMBER", insertable = false, updatable = false)
    private Long caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 40)
    private DeadlineKind kind;

    @Column(name = "DEADLINE_KEY", nullable = false, length = 80)
    private String deadlineKey;

    @Column(name = "DETAIL", length = LONGEST_TEXT)
    private String detail;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    /** Whose term dates counted the deadline, and why the baseline stood in if it did. */
    @Column(name = "CALENDAR", nullable = false, length = LONGEST_TEXT)
    private String calendar;

    @Column(name = "ASSIGNED_TO", length = 64)
    private String assignedTo;

    @Column(name = "DONE_ON")
    private LocalDate doneOn;

    @Column(name = "DONE_BY", length = 64)
    private String doneBy;

    @Column(name = "DONE_NOTE", length = LONGEST_TEXT)
    private String doneNote;

    /** Done because the case closed, not because anyone did it: such a task comes back if the case is reopened. */
    @Column(name = "DONE_WITH_CASE")
    private Boolean doneWithTheCase;

    protected CaseTask() {
        // for JPA
    }

    CaseTask(Case owner, Deadline deadline, String assignedTo) {
        this.id = UUID.randomUUID().toString();
        this.owner = owner;
        this.kind = deadline.kind();
        this.deadlineKey = deadline.key();
        this.assignedTo = assignedTo;
        reschedule(deadline);
    }

    void reschedule(Deadline deadline) {
        this.detail = deadline.detail() == null ? null : Text.optional(deadline.detail(), "detail", LONGEST_TEXT);
        this.dueOn = deadline.due().date();
        this.calendar = deadline.due().fromBaseline()
                ? deadline.due().calendarDescription() + ", because " + deadline.due().fallbackReason()
                : deadline.due().calendarDescription();
    }

    void assignTo(String username) {
        this.assignedTo = username;
    }

    /** The fewest characters of a reason that can say what met a statutory deadline. */
    static final int SHORTEST_REASON = 10;

    /**
     * Marked done by an officer's hand. A statutory deadline is met by the facts the record holds, so marking
     * one done without them needs the officer's reason, which is kept with the task and shown.
     */
    void complete(LocalDate on, String by, String note) {
        String checkedNote = Text.optional(note, "the note", LONGEST_TEXT);
        if (kind().statutory() && (checkedNote == null || checkedNote.length() < SHORTEST_REASON)) {
            throw new IllegalArgumentException("\"" + kind().label() + "\" is a statutory deadline: say what met it, in at least "
                    + SHORTEST_REASON + " characters, since the record does not show it");
        }
        markDone(on, by, checkedNote);
    }

    /** Done because the facts recorded on the case no longer raise the deadline. */
    void metByTheRecord(LocalDate on, String by) {
        markDone(on, by, MET_BY_THE_RECORD);
    }

    private void markDone(LocalDate on, String by, String note) {
        if (doneOn != null) {
            throw new IllegalArgumentException("This task was already done on " + doneOn);
        }
        this.doneOn = on;
        this.doneBy = by;
        this.doneNote = note;
    }

    public boolean done() {
        return doneOn != null;
    }

    /**
     * Whether this person may take back marking the task done: only the officer who pressed "Done" may, so
     * nobody undoes a colleague's statement that the work was done. A task met by the record or closed with
     * the case was done by no one's hand and has nothing to undo.
     */
    public boolean undoableBy(String username) {
        return done() && !closedWithTheCase() && !MET_BY_THE_RECORD.equals(doneNote) && doneBy != null && doneBy.equals(username);
    }

    /** Opens the task again, as if "Done" had never been pressed. */
    void undoCompletion(String by) {
        if (!done()) {
            throw new IllegalArgumentException("This task is not done, so there is nothing to undo");
        }
        if (!undoableBy(by)) {
            throw new IllegalArgumentException("Only the officer who marked this task done can undo it");
        }
        this.doneOn = null;
        this.doneBy = null;
        this.doneNote = null;
    }

    /** Marks the task done because its case closed. */
    void completeWithTheCase(LocalDate on, String by) {
        markDone(on, by, CLOSED_WITH_THE_CASE);
        this.doneWithTheCase = true;
    }

    boolean closedWithTheCase() {
        return Boolean.TRUE.equals(doneWithTheCase);
    }

    public boolean overdueOn(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }

    public String id() {
        return id;
    }

    public Long caseNumber() {
        return caseNumber != null ? caseNumber : owner.number();
    }

    public DeadlineKind kind() {
        return kind;
    }

    String deadlineKey() {
        return deadlineKey;
    }

    public String detail() {
        return detail;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String calendar() {
        return calendar;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String doneBy() {
        return doneBy;
    }

    public String doneNote() {
        return doneNote;
    }
}
