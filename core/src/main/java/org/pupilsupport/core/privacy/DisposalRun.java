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
 * One pass of the retention schedule over a borough: listed for review, then approved and carried out in the
 * background, then finished with its certificate. Its state is in the database, so a run interrupted by a crash is
 * picked up again at start-up.
 */
@Entity
@Table(name = "DISPOSAL_RUN")
public class DisposalRun extends TenantScopedEntity {

    public enum Status {
        /** The list waits for the DPO's decisions. */
        REVIEWING,
        /** Approved disposals are being carried out. */
        RUNNING,
        FINISHED,
        /** Stopped by an error; the items done stay done, and starting it again resumes with the rest. */
        STOPPED
    }

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private Status status;

    @Column(name = "AS_OF", nullable = false)
    private LocalDate asOf;

    @Column(name = "LISTED_BY", nullable = false, length = 64)
    private String listedBy;

    @Column(name = "LISTED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant listedAt;

    @Column(name = "APPROVED_BY", length = 64)
    private String approvedBy;

    @Column(name = "APPROVED_AT")
    @Convert(converter = UtcTimestampConverter.class)
    private Instant approvedAt;

    @Column(name = "FINISHED_AT")
    @Convert(converter = UtcTimestampConverter.class)
    private Instant finishedAt;

    @Column(name = "FAILURE", length = 1000)
    private String failure;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected DisposalRun() {
        // for JPA
    }

    DisposalRun(LocalDate asOf, String listedBy, Instant listedAt) {
        this.id = UUID.randomUUID().toString();
        this.status = Status.REVIEWING;
        this.asOf = asOf;
        this.listedBy = listedBy;
        this.listedAt = listedAt;
    }

    void approve(String by, Instant at) {
        if (status != Status.REVIEWING) {
            throw new IllegalArgumentException("This run was already approved on " + approvedAt);
        }
        this.status = Status.RUNNING;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void resume() {
        if (status != Status.STOPPED) {
            throw new IllegalArgumentException("Only a stopped run can be started again");
        }
        this.status = Status.RUNNING;
        this.failure = null;
    }

    void finish(Instant at) {
        this.status = Status.FINISHED;
        this.finishedAt = at;
    }

    void stop(String why) {
        this.status = Status.STOPPED;
        this.failure = why == null ? "stopped" : why.length() > 1000 ? why.substring(0, 1000) : why;
    }

    public String id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String listedBy() {
        return listedBy;
    }

    public Instant listedAt() {
        return listedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String failure() {
        return failure;
    }
}
