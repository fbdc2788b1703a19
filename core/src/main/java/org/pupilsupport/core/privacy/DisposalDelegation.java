package org.pupilsupport.core.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.pupilsupport.core.audit.UtcTimestampConverter;
import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The DPO's delegation of disposal runs to a senior officer of the borough, up to and including a day, with the
 * reason (leave, a backlog); until then, unless revoked, the officer lists, decides and approves runs as the DPO would,
 * and the runner erases what they approved in their name. Never further delegable; kept after it ends as the record
 * of who could approve when.
 */
@Entity
@Table(name = "DISPOSAL_DELEGATION")
public class DisposalDelegation extends TenantScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DELEGATE", nullable = false, length = 64)
    private String delegate;

    @Column(name = "LAST_DAY", nullable = false)
    private LocalDate lastDay;

    @Column(name = "REASON", nullable = false, length = DisposalDelegations.LONGEST_TEXT)
    private String reason;

    @Column(name = "GRANTED_BY", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "GRANTED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant grantedAt;

    @Column(name = "REVOKED_BY", length = 64)
    private String revokedBy;

    @Column(name = "REVOKED_AT")
    @Convert(converter = UtcTimestampConverter.class)
    private Instant revokedAt;

    @Column(name = "REVOKE_NOTE", length = DisposalDelegations.LONGEST_TEXT)
    private String revokeNote;

    protected DisposalDelegation() {
        // for JPA
    }

    DisposalDelegation(String delegate, LocalDate lastDay, String reason, String grantedBy, Instant grantedAt) {
        this.id = UUID.randomUUID().toString();
        this.delegate = delegate;
        this.lastDay = lastDay;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    void revoke(String by, Instant at, String note) {
        this.revokedBy = by;
        this.revokedAt = at;
        this.revokeNote = note;
    }

    /** In force on the day: not revoked, and the day is not after the last. */
    public boolean inForceOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(lastDay);
    }

    public String id() {
        return id;
    }

    public String delegate() {
        return delegate;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String reason() {
        return reason;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokeNote() {
        return revokeNote;
    }
}
