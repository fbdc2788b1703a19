package org.pupilsupport.core.audit;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of a borough's chain. Every writer locks this row before appending, which queues concurrent
 * writers: two entries can never claim the same sequence number or the same predecessor.
 */
@Entity
@Table(name = "AUDIT_CHAIN_HEAD")
public class AuditChainHead extends TenantScopedEntity {

    /** One chain per borough; the borough's id doubles as the chain's. */
    @Id
    @Column(name = "CHAIN_ID", length = 30)
    private String chainId;

    @Column(name = "LAST_SEQUENCE_NO", nullable = false)
    private long lastSequenceNumber;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    AuditChainHead(String chainId) {
        this.chainId = chainId;
        this.lastSequenceNumber = 0;
        this.lastHash = ChainHashing.GENESIS;
    }

    AuditEntry append(java.time.Instant at, AuditContext who, AuditEvent event) {
        AuditEntry entry = new AuditEntry(lastSequenceNumber + 1, lastHash, at, who, event);
        lastSequenceNumber = entry.sequenceNumber();
        lastHash = entry.entryHash();
        return entry;
    }

    long lastSequenceNumber() {
        return lastSequenceNumber;
    }

    String lastHash() {
        return lastHash;
    }
}
