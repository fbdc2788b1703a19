package org.pupilsupport.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One audited act in a borough's chain. Immutable: no setters, and the database refuses updates and
 * deletes. Times are UTC, kept to the millisecond so that every database stores them exactly.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry extends TenantScopedEntity implements ChainedEntry {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "SEQUENCE_NO", nullable = false)
    private long sequenceNumber;

    @Column(name = "OCCURRED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant occurredAt;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "ROLE_NAMES", length = 200)
    private String roleNames;

    @Column(name = "ACTION", nullable = false, length = 40)
    private String action;

    @Column(name = "SUBJECT_TYPE", length = 40)
    private String subjectType;

    @Column(name = "SUBJECT_ID", length = 64)
    private String subjectId;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Column(name = "REQUEST_ID", length = 36)
    private String requestId;

    @Column(name = "OUTCOME", nullable = false, length = 20)
    private String outcome;

    @Column(name = "CLIENT_ADDRESS", length = 64)
    private String clientAddress;

    @Column(name = "DETAILS", length = 4000)
    private String details;

    @Column(name = "PREVIOUS_HASH", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "ENTRY_HASH", nullable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(long sequenceNumber, String previousHash, Instant occurredAt, AuditContext who, AuditEvent event) {
        this.id = UUID.randomUUID().toString();
        this.sequenceNumber = sequenceNumber;
        this.previousHash = previousHash;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.username = who.username();
        this.roleNames = who.roleNames();
        this.requestId = who.requestId();
        this.clientAddress = truncate(who.clientAddress(), 64);
        this.action = event.action().name();
        this.subjectType = truncate(event.subjectType(), 40);
        this.subjectId = truncate(event.subjectId(), 64);
        this.outcome = event.outcome().name();
        this.reason = truncate(event.reason(), 500);
        this.details = truncate(event.details(), 4000);
        this.entryHash = ChainHashing.sha256(canonicalContent());
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    public String canonicalContent() {
        return canonicalContent(sequenceNumber, previousHash, occurredAt, username, roleNames, action, subjectType, subjectId,
                reason, requestId, outcome, clientAddress, details);
    }

    /** The encoding the entry hash covers; also used by the command-line verifier, which reads rows with plain JDBC. */
    static String canonicalContent(long sequenceNumber, String previousHash, Instant occurredAt, String username, String roleNames,
            String action, String subjectType, String subjectId, String reason, String requestId, String outcome,
            String clientAddress, String details) {
        return ChainHashing.canonical(sequenceNumber, previousHash, occurredAt.toEpochMilli(), username, roleNames, action,
                subjectType, subjectId, reason, requestId, outcome, clientAddress, details);
    }

    @Override
    public long sequenceNumber() {
        return sequenceNumber;
    }

    @Override
    public String previousHash() {
        return previousHash;
    }

    @Override
    public String entryHash() {
        return entryHash;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String username() {
        return username;
    }

    public String roleNames() {
        return roleNames;
    }

    public AuditAction action() {
        return AuditAction.valueOf(action);
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String reason() {
        return reason;
    }

    public String requestId() {
        return requestId;
    }

    public AuditOutcome outcome() {
        return AuditOutcome.valueOf(outcome);
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String details() {
        return details;
    }
}
