package org.pupilsupport.core.privacy;

import java.time.Instant;

import org.pupilsupport.core.audit.UtcTimestampConverter;
import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One erasure as decided and done: on what ground, by whose decision and why, and what it destroyed, in counts.
 * It is the certificate of the erasure, so it holds no personal data of the child (the reason is checked for the
 * child's names and identifiers before it is accepted).
 */
@Entity
@Table(name = "ERASURE")
public class ErasureRecord extends TenantScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "GROUND", nullable = false, length = 30)
    private ErasureGround ground;

    @Column(name = "DECIDED_BY", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "ERASED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant erasedAt;

    @Column(name = "REASON", nullable = false, length = ChildErasure.LONGEST_REASON)
    private String reason;

    @Column(name = "CHILD_RECORDS", nullable = false)
    private int childRecords;

    @Column(name = "CASES", nullable = false)
    private int cases;

    @Column(name = "FILES", nullable = false)
    private int files;

    @Column(name = "AUDIT_DETAILS", nullable = false)
    private int auditDetails;

    protected ErasureRecord() {
        // for JPA
    }

    ErasureRecord(String id, ErasureGround ground, String decidedBy, Instant erasedAt, String reason) {
        this.id = id;
        this.ground = ground;
        this.decidedBy = decidedBy;
        this.erasedAt = erasedAt;
        this.reason = reason;
    }

    void counted(int childRecords, int cases, int files, int auditDetails) {
        this.childRecords = childRecords;
        this.cases = cases;
        this.files = files;
        this.auditDetails = auditDetails;
    }

    public String id() {
        return id;
    }

    public ErasureGround ground() {
        return ground;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public String reason() {
        return reason;
    }

    public int childRecords() {
        return childRecords;
    }

    public int cases() {
        return cases;
    }

    public int files() {
        return files;
    }

    public int auditDetails() {
        return auditDetails;
    }
}
