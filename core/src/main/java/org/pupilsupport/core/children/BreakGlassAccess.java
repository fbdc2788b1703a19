package org.pupilsupport.core.children;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pupilsupport.core.tenancy.TenantScopedEntity;

/**
 * Someone opened the record of a child not known to any of their teams, and said why. The row is the
 * break-glass report's evidence and lets the same person keep working on the record for a while without
 * giving the reason again. The same holds when, instead of opening it, they allocated the child or its case to
 * themselves or their own team: that too gives them the whole record, so it is reported alike.
 */
@Entity
@Table(name = "BREAK_GLASS_ACCESS")
public class BreakGlassAccess extends TenantScopedEntity {

    /** Long enough for one piece of work, short enough that yesterday's reason does not cover today. */
    public static final Duration LASTS = Duration.ofHours(8);

    static final int SHORTEST_REASON = 10;
    static final int LONGEST_REASON = 500;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CHILD_ID", nullable = false, length = 36)
    private String childId;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "REASON", nullable = false, length = LONGEST_REASON)
    private String reason;

    @Column(name = "OPENED_AT", nullable = false)
    private Instant openedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", nullable = false, length = 40)
    private BreakGlassPurpose purpose;

    protected BreakGlassAccess() {
        // for JPA
    }

    /** @throws IllegalArgumentException if the reason is missing, too short to mean anything, or too long */
    BreakGlassAccess(String childId, String username, String reason, Instant openedAt) {
        this(childId, username, reason, openedAt, BreakGlassPurpose.OPENED_RECORD);
    }

    /** @throws IllegalArgumentException if the reason is missing, too short to mean anything, or too long */
    BreakGlassAccess(String childId, String username, String reason, Instant openedAt, BreakGlassPurpose purpose) {
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.id = UUID.randomUUID().toString();
        this.childId = Objects.requireNonNull(childId, "child");
        this.username = Objects.requireNonNull(username, "username");
        this.reason = checkedReason(reason);
        this.openedAt = openedAt;
        this.expiresAt = openedAt.plus(LASTS);
    }

    /** The reason as recorded, stripped. @throws IllegalArgumentException if it is missing, too short or too long */
    public static String checkedReason(String reason) {
        String cleaned = reason == null ? "" : reason.strip();
        if (cleaned.length() < SHORTEST_REASON) {
            throw new IllegalArgumentException("Say why you need this child's record (at least " + SHORTEST_REASON
                    + " characters): it is recorded and reviewed by senior officers and the data protection officer");
        }
        if (cleaned.length() > LONGEST_REASON) {
            throw new IllegalArgumentException("The reason is at most " + LONGEST_REASON + " characters");
        }
        return cleaned;
    }

    public String id() {
        return id;
    }

    public String childId() {
        return childId;
    }

    public String username() {
        return username;
    }

    public String reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public BreakGlassPurpose purpose() {
        return purpose;
    }
}
