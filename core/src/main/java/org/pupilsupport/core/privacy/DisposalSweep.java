package org.pupilsupport.core.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.pupilsupport.core.audit.UtcTimestampConverter;
import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One line of a disposal run for records that are not a child's record: every record of a kind dated on or before
 * a day (audit details to anonymise, break-glass records to dispose of). The DPO decides the line as a whole, since
 * such records are many and alike and name no child on the review list; records about a child under legal hold are
 * left whatever the decision. The line counts what it found when listed and what it did.
 */
@Entity
@Table(name = "DISPOSAL_SWEEP")
public class DisposalSweep extends TenantScopedEntity {

    public enum State {
        WAITING, DONE
    }

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "RUN_ID", nullable = false, length = 36)
    private String runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private RecordKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "RETENTION_ACTION", nullable = false, length = 20)
    private RetentionAction action;

    /** Records dated on or before this London day fall due. */
    @Column(name = "DATED_UP_TO", nullable = false)
    private LocalDate datedUpTo;

    /** Nothing recorded after the run was listed is touched, whatever its date: the line does what the DPO saw. */
    @Column(name = "RECORDED_BEFORE", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant recordedBefore;

    @Column(name = "WHY", nullable = false, length = 1000)
    private String why;

    @Column(name = "FOUND_COUNT", nullable = false)
    private int found;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", nullable = false, length = 20)
    private DisposalItem.Decision decision;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "DECISION_NOTE", length = DisposalItem.LONGEST_NOTE)
    private String decisionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private State state;

    @Column(name = "DONE_COUNT", nullable = false)
    private int done;

    /** For audit details: the erasure the emptied details name, recorded in the chain with the first batch. */
    @Column(name = "ERASURE_ID", length = 36)
    private String erasureId;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected DisposalSweep() {
        // for JPA
    }

    DisposalSweep(String runId, RecordKind kind, RetentionAction action, LocalDate datedUpTo, Instant recordedBefore, String why, int found) {
        this.id = UUID.randomUUID().toString();
        this.runId = runId;
        this.kind = kind;
        this.action = action;
        this.datedUpTo = datedUpTo;
        this.recordedBefore = recordedBefore;
        this.why = why.length() > 1000 ? why.substring(0, 1000) : why;
        this.found = found;
        this.decision = DisposalItem.Decision.PENDING;
        this.state = State.WAITING;
    }

    /**
     * The instant before which a record must have been made to fall due: the end of the London day it is dated up to,
     * or when the run was listed if that is sooner (a line for a period of nought takes nothing made after the DPO
     * saw the count).
     */
    static Instant recordedBefore(LocalDate datedUpTo, Instant listedAt) {
        Instant endOfDay = datedUpTo.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant();
        // To the millisecond, which every database keeps exactly (PostgreSQL would round finer times to the microsecond,
        // possibly upwards, past the listing); the trail records its times to the millisecond anyway.
        Instant listed = listedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return endOfDay.isBefore(listed) ? endOfDay : listed;
    }

    void decide(DisposalItem.Decision decided, String by, String note) {
        this.decision = decided;
        this.decidedBy = by;
        this.decisionNote = note;
    }

    /** Names the erasure in whose name details are emptied, once; returns whether it was newly named. */
    boolean nameErasure(String id) {
        if (erasureId != null) {
            return false;
        }
        this.erasureId = id;
        return true;
    }

    void did(int count, boolean finished) {
        this.done += count;
        if (finished) {
            this.state = State.DONE;
        }
    }

    public String id() {
        return id;
    }

    public String runId() {
        return runId;
    }

    public RecordKind kind() {
        return kind;
    }

    public RetentionAction action() {
        return action;
    }

    public LocalDate datedUpTo() {
        return datedUpTo;
    }

    public Instant recordedBefore() {
        return recordedBefore;
    }

    public String why() {
        return why;
    }

    public int found() {
        return found;
    }

    public DisposalItem.Decision decision() {
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

    public int done() {
        return done;
    }

    public String erasureId() {
        return erasureId;
    }

    /** "Audit details dated up to 4 December 2019", as the review list and the certificate say it. */
    public String describe() {
        return kind.label() + " dated up to " + datedUpTo.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
