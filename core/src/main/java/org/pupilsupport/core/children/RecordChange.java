package org.pupilsupport.core.children;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One change to a child's record as officers see it on the child's page: when, by whom, and what, in
 * words. The audit trail holds the same facts for auditors; this is the record's own history.
 */
@Embeddable
public class RecordChange {

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    @Column(name = "CHANGED_BY", nullable = false, length = 64)
    private String by;

    @Column(name = "DESCRIPTION", nullable = false, length = 1000)
    private String description;

    protected RecordChange() {
        // for JPA
    }

    RecordChange(Instant at, String by, String description) {
        this.changedAt = at;
        this.by = by;
        this.description = description.length() > 1000 ? description.substring(0, 997) + "..." : description;
    }

    public Instant at() {
        return changedAt;
    }

    public String by() {
        return by;
    }

    public String description() {
        return description;
    }
}
