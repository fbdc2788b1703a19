package org.pupilsupport.core.children;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

/** A child allocated to a team: the team's members then know the child and may open the full record. */
@Entity
@Table(name = "CHILD_ALLOCATION")
public class ChildAllocation extends TenantScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CHILD_ID", nullable = false, length = 36)
    private String childId;

    @Column(name = "TEAM_ID", nullable = false, length = 36)
    private String teamId;

    @Column(name = "ALLOCATED_AT", nullable = false)
    private Instant allocatedAt;

    @Column(name = "ALLOCATED_BY", nullable = false, length = 64)
    private String allocatedBy;

    protected ChildAllocation() {
        // for JPA
    }

    ChildAllocation(String childId, String teamId, Instant allocatedAt, String allocatedBy) {
        this.id = UUID.randomUUID().toString();
        this.childId = Objects.requireNonNull(childId, "child");
        this.teamId = Objects.requireNonNull(teamId, "team");
        this.allocatedAt = Objects.requireNonNull(allocatedAt, "allocated at");
        this.allocatedBy = Objects.requireNonNull(allocatedBy, "allocated by");
    }

    public String childId() {
        return childId;
    }

    public String teamId() {
        return teamId;
    }

    public Instant allocatedAt() {
        return allocatedAt;
    }

    public String allocatedBy() {
        return allocatedBy;
    }
}
