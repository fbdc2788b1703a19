package org.pupilsupport.core.children;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

/**
 * A summary of concerns as it stood before it was overwritten. Safeguarding narrative, so it is as sensitive
 * as the current summary: it reaches a screen only through the same audited reveal, and never the trail.
 */
@Entity
@Table(name = "CHILD_CONCERNS_VERSION")
public class FormerConcerns extends TenantScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CHILD_ID", nullable = false, length = 36)
    private String childId;

    @Column(name = "CONCERNS_SUMMARY", nullable = false, length = SensitiveDetails.LONGEST_CONCERNS)
    private String concernsSummary;

    @Column(name = "REPLACED_AT", nullable = false)
    private Instant replacedAt;

    @Column(name = "REPLACED_BY", nullable = false, length = 64)
    private String replacedBy;

    protected FormerConcerns() {
        // for JPA
    }

    FormerConcerns(String childId, String concernsSummary, Instant replacedAt, String replacedBy) {
        this.id = UUID.randomUUID().toString();
        this.childId = Objects.requireNonNull(childId, "child");
        this.concernsSummary = Objects.requireNonNull(concernsSummary, "summary");
        this.replacedAt = Objects.requireNonNull(replacedAt, "when");
        this.replacedBy = Objects.requireNonNull(replacedBy, "by whom");
    }

    public String childId() {
        return childId;
    }

    public String concernsSummary() {
        return concernsSummary;
    }

    public Instant replacedAt() {
        return replacedAt;
    }

    public String replacedBy() {
        return replacedBy;
    }
}
