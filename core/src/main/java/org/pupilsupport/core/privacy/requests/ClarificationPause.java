package org.pupilsupport.core.privacy.requests;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stop of the clock while the service waited for the requester to say what they want (UK GDPR Article 12A(4),
 * mirrored in DPA 2018 s54(3C)): the days from the day the service asked to the day the answer arrived, both
 * included, do not count.
 */
@Embeddable
public class ClarificationPause {

    @Column(name = "ASKED_ON", nullable = false)
    private LocalDate askedOn;

    @Column(name = "ANSWERED_ON")
    private LocalDate answeredOn;

    @Column(name = "WHAT_WAS_ASKED", nullable = false, length = DataProtectionRequests.LONGEST_NOTE)
    private String whatWasAsked;

    protected ClarificationPause() {
        // for JPA
    }

    public ClarificationPause(LocalDate askedOn, LocalDate answeredOn, String whatWasAsked) {
        this.askedOn = Objects.requireNonNull(askedOn, "askedOn");
        if (answeredOn != null && answeredOn.isBefore(askedOn)) {
            throw new IllegalArgumentException("An answer cannot arrive before the question was asked");
        }
        this.answeredOn = answeredOn;
        this.whatWasAsked = whatWasAsked;
    }

    void answered(LocalDate on) {
        if (on.isBefore(askedOn)) {
            throw new IllegalArgumentException("The answer cannot have arrived before the question was asked on " + askedOn);
        }
        this.answeredOn = on;
    }

    public LocalDate askedOn() {
        return askedOn;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String whatWasAsked() {
        return whatWasAsked;
    }

    public boolean isOpen() {
        return answeredOn == null;
    }

    /**
     * Days that do not count: asked-on to answered-on inclusive, but none before the clock started (a question asked
     * while proof of identity was awaited stopped nothing).
     */
    long daysNotCountedAfter(LocalDate clockStart) {
        if (answeredOn == null) {
            throw new IllegalStateException("The clock is stopped until the answer arrives");
        }
        LocalDate from = askedOn.isBefore(clockStart) ? clockStart : askedOn;
        return answeredOn.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, answeredOn) + 1;
    }
}
