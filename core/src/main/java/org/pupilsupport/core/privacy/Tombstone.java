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
 * That a record existed and was erased: its kind and opaque reference (a child's random id, a case reference),
 * when, on what ground and under which erasure. Nothing that could tell who the child was.
 */
@Entity
@Table(name = "TOMBSTONE")
public class Tombstone extends TenantScopedEntity {

    public static final String CHILD = "child";
    public static final String CASE = "case";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "RECORD_KIND", nullable = false, length = 20)
    private String recordKind;

    @Column(name = "RECORD_REF", nullable = false, length = 64)
    private String recordReference;

    @Column(name = "ERASURE_ID", nullable = false, length = 36)
    private String erasureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "GROUND", nullable = false, length = 30)
    private ErasureGround ground;

    @Column(name = "ERASED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant erasedAt;

    protected Tombstone() {
        // for JPA
    }

    Tombstone(String recordKind, String recordReference, String erasureId, ErasureGround ground, Instant erasedAt) {
        this.id = UUID.randomUUID().toString();
        this.recordKind = recordKind;
        this.recordReference = recordReference;
        this.erasureId = erasureId;
        this.ground = ground;
        this.erasedAt = erasedAt;
    }

    public String recordKind() {
        return recordKind;
    }

    public String recordReference() {
        return recordReference;
    }

    public String erasureId() {
        return erasureId;
    }

    public ErasureGround ground() {
        return ground;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
