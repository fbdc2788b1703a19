package org.pupilsupport.core.teams;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

/**
 * A team of officers in one borough, such as "Children missing education". Membership is what need to
 * know rests on: a child allocated to the team is known to every member.
 */
@Entity
@Table(name = "TEAM")
public class Team extends TenantScopedEntity {

    static final int LONGEST_NAME = 80;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "NAME", nullable = false, length = LONGEST_NAME)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TEAM_MEMBER", joinColumns = @JoinColumn(name = "TEAM_ID"))
    @Column(name = "USERNAME", nullable = false, length = 64)
    private Set<String> members = new HashSet<>();

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Team() {
        // for JPA
    }

    /** @throws IllegalArgumentException if the name is blank or too long */
    public Team(String name, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.name = checkedName(name);
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
    }

    static String checkedName(String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("Enter the team's name");
        }
        if (cleaned.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("A team's name is at most " + LONGEST_NAME + " characters");
        }
        return cleaned;
    }

    public void rename(String newName) {
        this.name = checkedName(newName);
    }

    /** @return false if already a member */
    public boolean admit(String username) {
        return members.add(Objects.requireNonNull(username, "username"));
    }

    /** @return false if not a member */
    public boolean release(String username) {
        return members.remove(username);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Set<String> members() {
        return Collections.unmodifiableSet(members);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
