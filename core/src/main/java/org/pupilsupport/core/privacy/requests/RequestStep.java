package org.pupilsupport.core.privacy.requests;

import java.time.Instant;

import org.pupilsupport.core.audit.UtcTimestampConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** One step in a request's history, as its page shows it (the audit trail holds the same step, sealed). */
@Embeddable
public class RequestStep {

    @Column(name = "HAPPENED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant happenedAt;

    @Column(name = "DONE_BY", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "WHAT", nullable = false, length = 1000)
    private String what;

    protected RequestStep() {
        // for JPA
    }

    RequestStep(Instant happenedAt, String doneBy, String what) {
        this.happenedAt = happenedAt;
        this.doneBy = doneBy;
        this.what = what.length() > 1000 ? what.substring(0, 999) + "…" : what;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public String doneBy() {
        return doneBy;
    }

    public String what() {
        return what;
    }
}
