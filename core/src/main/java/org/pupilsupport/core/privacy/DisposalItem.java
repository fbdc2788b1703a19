package org.pupilsupport.core.privacy;

import java.time.LocalDate;
import java.util.UUID;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One child's record on a disposal run's review list: why it fell due, what the DPO decided, and what became of
 * it. Once disposed of, the due date (which can tell a birthday) and the reason are cleared: the item then says only
 * which erasure took the record, for the certificate.
 */
@Entity
@Table(name = "DISPOSAL_ITEM")
public class DisposalItem extends TenantScopedEntity {

    public enum Decision {
        PENDING, APPROVED, DEFERRED, HELD
    }

    public enum State {
        WAITING, DISPOSED, SKIPPED
    }

    public static final int LONGEST_NOTE = 500;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "RUN_ID", nullable = false, length = 36)
    private String runId;

    @Column(name = "CHILD_ID", nullable = false, length = 36)
    private String childId;

    @Column(name = "DUE_ON")
    private LocalDate dueOn;

    @Column(name = "WHY", length = 1000)
    private String why;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", nullable = false, length = 20)
    private Decision decision;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "DECISION_NOTE", length = LONGEST_NOTE)
    private String decisionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private State state;

    @Column(name = "ERASURE_ID", length = 36)
    private String erasureId;

    @Column(name = "CASES")
    private Integer cases;

    @Column(name = "FILES")
    private Integer files;

    @Column(name = "SKIPPED_BECAUSE", length = 200)
    private String skippedBecause;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected DisposalItem() {
        // for JPA
    }

    DisposalItem(String runId, String childId, LocalDate dueOn, String why, boolean held) {
        this.id = UUID.randomUUID().toString();
        this.runId = runId;
        this.childId = childId;
        this.dueOn = dueOn;
        this.why = why.length() > 1000 ? why.substring(0, 1000) : why;
        this.decision = held ? Decision.HELD : Decision.PENDING;
        this.decisionNote = held ? "under legal hold" : null;
        this.state = State.WAITING;
    }

    void decide(Decision decided, String by, String note) {
        this.decision = decided;
        this.decidedBy = by;
        this.decisionNote = note;
    }

    void disposed(ChildErasure.Outcome outcome) {
        this.state = State.DISPOSED;
        this.erasureId = outcome.erasureId();
        this.cases = outcome.cases();
        this.files = outcome.files();
        forgetWhatNamesTheChild();
    }

    /** The due date can tell a birthday, and a note may name the child: neither outlives the record. */
    void forgetWhatNamesTheChild() {
        this.dueOn = null;
        this.why = null;
        this.decisionNote = null;
    }

    void skipped(String because) {
        this.state = State.SKIPPED;
        this.skippedBecause = because;
    }

    public String id() {
        return id;
    }

    public String runId() {
        return runId;
    }

    public String childId() {
        return childId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String why() {
        return why;
    }

    public Decision decision() {
        return decision;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public State state() {
        return state;
    }

    public String erasureId() {
        return erasureId;
    }

    public Integer cases() {
        return cases;
    }

    public Integer files() {
        return files;
    }

    public String skippedBecause() {
        return skippedBecause;
    }
}
