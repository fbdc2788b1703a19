package org.pupilsupport.core.privacy;

import java.time.Instant;
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

/**
 * Keeps a child's records from erasure, whatever the retention schedule or a request says, until released. The
 * note is for the DPO's colleagues and must not name the child: it outlives the record if the child is erased
 * after release.
 */
@Entity
@Table(name = "LEGAL_HOLD")
public class LegalHold extends TenantScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CHILD_ID", nullable = false, length = 36)
    private String childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", nullable = false, length = 30)
    private LegalHoldReason reason;

    @Column(name = "NOTE", nullable = false, length = LegalHolds.LONGEST_NOTE)
    private String note;

    @Column(name = "PLACED_BY", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "PLACED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant placedAt;

    @Column(name = "RELEASED_BY", length = 64)
    private String releasedBy;

    @Column(name = "RELEASED_AT")
    @Convert(converter = UtcTimestampConverter.class)
    private Instant releasedAt;

    @Column(name = "RELEASE_NOTE", length = LegalHolds.LONGEST_NOTE)
    private String releaseNote;

    protected LegalHold() {
        // for JPA
    }

    LegalHold(String childId, LegalHoldReason reason, String note, String placedBy, Instant placedAt) {
        this.id = UUID.randomUUID().toString();
        this.childId = childId;
        this.reason = reason;
        this.note = note;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    void release(String by, Instant at, String why) {
        if (releasedAt != null) {
            throw new IllegalArgumentException("This hold was already released on " + releasedAt);
        }
        this.releasedBy = by;
        this.releasedAt = at;
        this.releaseNote = why;
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    public String id() {
        return id;
    }

    public String childId() {
        return childId;
    }

    public LegalHoldReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releaseNote() {
        return releaseNote;
    }
}
