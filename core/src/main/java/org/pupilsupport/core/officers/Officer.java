package org.pupilsupport.core.officers;

import org.pupilsupport.core.tenancy.TenantId;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in. Holds a PBKDF2 hash of the password, never the password, and the roles held in
 * each borough. An account with no borough membership can sign in to nothing.
 */
@Entity
@Table(name = "OFFICER")
public class Officer {

    /** The longest username there can be (the USERNAME column, and every audit entry's). */
    public static final int MAX_USERNAME_LENGTH = 64;

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2," + (MAX_USERNAME_LENGTH - 1) + "}");

    @Id
    @Column(name = "USERNAME", length = 64)
    private String username;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** Installation-wide administration, whatever the borough: not a borough role. */
    @Column(name = "SYSTEM_ADMINISTRATOR", nullable = false)
    private boolean systemAdministrator;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "OFFICER_BOROUGH", joinColumns = @JoinColumn(name = "USERNAME"))
    private Set<BoroughMembership> memberships = new HashSet<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Officer() {
        // for JPA
    }

    /** @throws IllegalArgumentException if the username or display name is unusable */
    Officer(String username, String displayName, String passwordHash, Set<BoroughMembership> memberships, Instant createdAt) {
        this.username = normalisedUsername(username);
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Enter the officer's name as colleagues should see it");
        }
        this.displayName = displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        this.memberships.addAll(memberships);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** Usernames are compared in lower case, so "J.Smith" and "j.smith" are one account. */
    public static String normalisedUsername(String username) {
        String cleaned = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(cleaned).matches()) {
            throw new IllegalArgumentException("A username is 3 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter");
        }
        return cleaned;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<BoroughMembership> memberships() {
        return Collections.unmodifiableSet(memberships);
    }

    public boolean isSystemAdministrator() {
        return systemAdministrator;
    }

    void makeSystemAdministrator() {
        this.systemAdministrator = true;
    }

    /** The roles held in one borough. */
    public Set<BoroughRole> rolesIn(TenantId borough) {
        return memberships.stream().filter(membership -> membership.tenant().equals(borough)).map(BoroughMembership::role)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Replaces the roles held in one borough; an empty set takes the officer out of the borough. */
    void replaceRolesIn(TenantId borough, Set<BoroughRole> roles) {
        memberships.removeIf(membership -> membership.tenant().equals(borough));
        roles.forEach(role -> memberships.add(new BoroughMembership(borough, role)));
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "password hash");
    }

    void enable(boolean enabledNow) {
        this.enabled = enabledNow;
    }

    void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("Enter the officer's name as colleagues should see it");
        }
        this.displayName = newDisplayName.strip();
    }
}
