package org.pupilsupport.core.audit;

import java.time.Instant;
import java.util.UUID;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record of where a borough's chain stood at a moment: removing entries after it is then detectable. */
@Entity
@Table(name = "AUDIT_ANCHOR")
public class AuditAnchor extends TenantScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "SEQUENCE_NO", nullable = false)
    private long sequenceNumber;

    @Column(name = "HEAD_HASH", nullable = false, length = 64)
    private String headHash;

    @Column(name = "RECORDED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant recordedAt;

    protected AuditAnchor() {
        // for JPA
    }

    AuditAnchor(long sequenceNumber, String headHash, Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.sequenceNumber = sequenceNumber;
        this.headHash = headHash;
        this.recordedAt = recordedAt;
    }

    ChainVerification.Checkpoint checkpoint() {
        return new ChainVerification.Checkpoint(sequenceNumber, headHash);
    }

    public long sequenceNumber() {
        return sequenceNumber;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
