package org.pupilsupport.core.children;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

/**
 * Two records found to be the same child, merged: the duplicate's details were copied into the survivor
 * and the duplicate retired. What was copied is kept here, so that within the borough's reversal period a
 * senior officer can take exactly that back out and bring the duplicate back.
 */
@Entity
@Table(name = "CHILD_MERGE")
public class ChildMerge extends TenantScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "SURVIVOR_ID", nullable = false, length = 36)
    private String survivorId;

    @Column(name = "MERGED_ID", nullable = false, length = 36)
    private String mergedId;

    @Column(name = "MERGED_AT", nullable = false)
    private Instant mergedAt;

    @Column(name = "MERGED_BY", nullable = false, length = 64)
    private String mergedBy;

    /** Ids (or values) of what was copied into the survivor, one "kind:id" per line. */
    @Column(name = "COPIED", nullable = false, length = 4000)
    private String copied;

    @Column(name = "REVERSED_AT")
    private Instant reversedAt;

    @Column(name = "REVERSED_BY", length = 64)
    private String reversedBy;

    protected ChildMerge() {
        // for JPA
    }

    ChildMerge(String survivorId, String mergedId, Instant mergedAt, String mergedBy, List<String> copied) {
        this.id = UUID.randomUUID().toString();
        this.survivorId = Objects.requireNonNull(survivorId);
        this.mergedId = Objects.requireNonNull(mergedId);
        this.mergedAt = mergedAt;
        this.mergedBy = mergedBy;
        this.copied = String.join("\n", copied);
    }

    /** Whether the merge may still be undone at that moment, given the borough's period in days. */
    public boolean isReversibleAt(Instant now, int reversalDays) {
        return !isReversed() && !now.isAfter(mergedAt.plus(java.time.Duration.ofDays(reversalDays)));
    }

    void reverse(Instant at, String by) {
        this.reversedAt = at;
        this.reversedBy = by;
    }

    List<String> copied() {
        return copied.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(copied.split("\n")));
    }

    public String id() {
        return id;
    }

    public String survivorId() {
        return survivorId;
    }

    public String mergedId() {
        return mergedId;
    }

    public Instant mergedAt() {
        return mergedAt;
    }

    public String mergedBy() {
        return mergedBy;
    }

    public boolean isReversed() {
        return reversedAt != null;
    }

    public Instant reversedAt() {
        return reversedAt;
    }
}
