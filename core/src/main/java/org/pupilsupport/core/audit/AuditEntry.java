package org.pupilsupport.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/**
 * One audited act in a borough's chain. Immutable: no setters, and the database refuses updates and
 * deletes. Times are UTC, kept to the millisecond so that every database stores them exactly.
 *
 * <p>Free text that may name a child (the reason and details) is not in the chained row: it sits in an
 * {@link AuditEntryDetail} that the row seals by hash, so that erasing a child can remove the text while the
 * chain still verifies. The chained row names people only by their record ids and officers' usernames.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry extends TenantScopedEntity implements ChainedEntry {

    /** The subject type of the entry that records an erasure; its subject id is the erasure's id. */
    public static final String ERASURE_SUBJECT = "erasure";

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

    @Column(name = "REQUEST_ID", length = 36)
    private String requestId;

    @Column(name = "OUTCOME", nullable = false, length = 20)
    private String outcome;

    @Column(name = "CLIENT_ADDRESS", length = 64)
    private String clientAddress;

    /** SHA-256 over the detail's salt and text; null when the entry has no reason or details. */
    @Column(name = "DETAILS_SEAL", length = 64)
    private String detailsSeal;

    /*
     * Joined in the same query wherever entries are read, so a page of entries is one select. The detail
     * shares the entry's id; no foreign key ties them, because the verifier, not the schema, judges a missing
     * or extra detail (and says which entry it belongs to).
     */
    @OneToOne(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @PrimaryKeyJoinColumn(name = "ID", referencedColumnName = "ENTRY_ID")
    @JoinFetch(JoinFetchType.OUTER)
    private AuditEntryDetail detail;

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
        String reason = truncate(event.reason(), AuditEntryDetail.REASON_LENGTH);
        String details = truncate(event.details(), AuditEntryDetail.DETAILS_LENGTH);
        if (reason != null || details != null) {
            this.detail = new AuditEntryDetail(id, reason, details);
            this.detailsSeal = detail.seal();
        }
        this.entryHash = ChainHashing.sha256(canonicalContent());
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    public String canonicalContent() {
        return canonicalContent(sequenceNumber, previousHash, occurredAt, username, roleNames, action, subjectType, subjectId,
                requestId, outcome, clientAddress, detailsSeal);
    }

    /**
     * The encoding the entry hash covers; also used by the command-line verifier, which reads rows with plain JDBC.
     * The leading format name keeps these hashes apart from those of the first format (text in the chain), which
     * the 0026 migration resealed.
     */
    static String canonicalContent(long sequenceNumber, String previousHash, Instant occurredAt, String username, String roleNames,
            String action, String subjectType, String subjectId, String requestId, String outcome, String clientAddress,
            String detailsSeal) {
        return ChainHashing.canonical("audit-entry-v2", sequenceNumber, previousHash, occurredAt.toEpochMilli(), username, roleNames,
                action, subjectType, subjectId, requestId, outcome, clientAddress, detailsSeal);
    }

    @Override
    public String detailsSeal() {
        return detailsSeal;
    }

    @Override
    public String erasureRecorded() {
        return erasureRecorded(action, subjectType, subjectId);
    }

    static String erasureRecorded(String action, String subjectType, String subjectId) {
        return AuditAction.ERASE.name().equals(action) && ERASURE_SUBJECT.equals(subjectType) ? subjectId : null;
    }

    @Override
    public ChainedEntry.Detail storedDetail() {
        return detail == null ? null : new ChainedEntry.Detail(detail.salt(), detail.reason(), detail.details(), detail.erasureId());
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

    /** The officer's reason, or null if none was given or it was erased. */
    public String reason() {
        return detail == null ? null : detail.reason();
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

    /** Free text about the act, or null if there was none or it was erased. */
    public String details() {
        return detail == null ? null : detail.details();
    }

    /** Whether a reason or details were recorded and have since been erased with the child they named. */
    public boolean detailsErased() {
        return detail != null && detail.erased();
    }
}
