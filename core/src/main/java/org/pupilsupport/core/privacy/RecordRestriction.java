package org.pupilsupport.core.privacy;

import java.time.Instant;
import java.util.UUID;

import org.pupilsupport.core.audit.UtcTimestampConverter;
import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One restriction of a child's record: why and by whom it was placed, and when and why it was lifted. */
@Entity
@Table(name = "RECORD_RESTRICTION")
public class RecordRestriction extends TenantScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CHILD_ID", nullable = false, length = 36)
    private String childId;

    @Column(name = "REASON", nullable = false, length = RecordRestrictions.LONGEST_NOTE)
    private String reason;

    @Column(name = "PLACED_BY", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "PLACED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant placedAt;

    @Column(name = "LIFTED_BY", length = 64)
    private String liftedBy;

    @Column(name = "LIFTED_AT")
    @Convert(converter = UtcTimestampConverter.class)
    private Instant liftedAt;

    @Column(name = "LIFT_NOTE", length = RecordRestrictions.LONGEST_NOTE)
    private String liftNote;

    protected RecordRestriction() {
        // for JPA
    }

    RecordRestriction(String childId, String reason, String placedBy, Instant placedAt) {
        this.id = UUID.randomUUID().toString();
        this.childId = childId;
        this.reason = reason;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    void lift(String by, Instant at, String note) {
        this.liftedBy = by;
        this.liftedAt = at;
        this.liftNote = note;
    }

    public String id() {
        return id;
    }

    public String childId() {
        return childId;
    }

    public String reason() {
        return reason;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String liftedBy() {
        return liftedBy;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftNote() {
        return liftNote;
    }
}
