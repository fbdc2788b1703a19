package org.pupilsupport.core.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a case's own history: what was done to it, when, by whom. */
@Embeddable
public class CaseEvent {

    static final int LONGEST_DESCRIPTION = 2000;

    @Column(name = "HAPPENED_AT", nullable = false)
    private Instant happenedAt;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "DESCRIPTION", nullable = false, length = LONGEST_DESCRIPTION)
    private String description;

    protected CaseEvent() {
        // for JPA
    }

    CaseEvent(Instant happenedAt, String username, String description) {
        this.happenedAt = happenedAt;
        this.username = username;
        this.description = description.length() > LONGEST_DESCRIPTION ? description.substring(0, LONGEST_DESCRIPTION - 1) + "…" : description;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public String username() {
        return username;
    }

    public String description() {
        return description;
    }
}
