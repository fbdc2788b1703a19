package org.pupilsupport.core.children;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

/**
 * A parent's or carer's details as they stood before a change or a removal. Who was on the record, and how
 * they could be reached, is evidence in a safeguarding review long after the details were corrected, so an
 * edit or a removal never loses them.
 */
@Entity
@Table(name = "CHILD_CONTACT_VERSION")
public class FormerContact extends TenantScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CHILD_ID", nullable = false, length = 36)
    private String childId;

    @Embedded
    private CarerContact contact;

    @Column(name = "REPLACED_AT", nullable = false)
    private Instant replacedAt;

    @Column(name = "REPLACED_BY", nullable = false, length = 64)
    private String replacedBy;

    /** True when the contact was taken off the record, false when these details were changed. */
    @Column(name = "REMOVED", nullable = false)
    private boolean removed;

    protected FormerContact() {
        // for JPA
    }

    FormerContact(String childId, CarerContact before, Instant replacedAt, String replacedBy, boolean removed) {
        this.id = UUID.randomUUID().toString();
        this.childId = Objects.requireNonNull(childId, "child");
        this.contact = CarerContact.copyOf(before);
        this.replacedAt = Objects.requireNonNull(replacedAt, "when");
        this.replacedBy = Objects.requireNonNull(replacedBy, "by whom");
        this.removed = removed;
    }

    public String id() {
        return id;
    }

    public String childId() {
        return childId;
    }

    /** The details as they were, with the contact's own id, so versions of one contact can be told apart. */
    public CarerContact contact() {
        return contact;
    }

    public Instant replacedAt() {
        return replacedAt;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public boolean removed() {
        return removed;
    }
}
