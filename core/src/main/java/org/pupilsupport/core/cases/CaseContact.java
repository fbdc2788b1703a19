package org.pupilsupport.core.cases;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.pupilsupport.core.tenancy.TenantScopedEntity;
import org.pupilsupport.core.validation.FieldProblems;

/** A contact on a case: a call, a visit, a meeting, an email or a report received, with who took part. */
@Entity
@Table(name = "CASE_CONTACT")
public class CaseContact extends TenantScopedEntity {

    static final int LONGEST_PEOPLE = 500;
    static final int LONGEST_SUMMARY = 4000;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CASE_NUMBER", nullable = false, updatable = false)
    private Case owner;

    @Column(name = "CASE_NUMBER", insertable = false, updatable = false)
    private Long caseNumber;

    /** Local time in England, as the officer entered it. */
    @Column(name = "HAPPENED_AT", nullable = false)
    private LocalDateTime happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 30)
    private ContactChannel channel;

    @Column(name = "PEOPLE", nullable = false, length = LONGEST_PEOPLE)
    private String peopleInvolved;

    @Column(name = "SUMMARY", nullable = false, length = LONGEST_SUMMARY)
    private String summary;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected CaseContact() {
        // for JPA
    }

    /** @throws IllegalArgumentException with an officer-readable message */
    CaseContact(Case owner, LocalDateTime happenedAt, ContactChannel channel, String peopleInvolved, String summary, String recordedBy, Instant recordedAt,
                LocalDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.owner = owner;
        FieldProblems problems = new FieldProblems();
        this.happenedAt = problems.check("happenedAt", () -> {
            Text.present(happenedAt, "Enter when the contact happened");
            if (happenedAt.isAfter(now.plusMinutes(5))) {
                throw new IllegalArgumentException("A contact is recorded after it happens: the time is in the future");
            }
            return happenedAt;
        });
        this.channel = problems.check("channel", () -> Text.present(channel, "Choose how the contact happened"));
        this.peopleInvolved = problems.check("people", () -> Text.required(peopleInvolved, "who took part", LONGEST_PEOPLE));
        this.summary = problems.check("summary", () -> Text.required(summary, "a summary of the contact", LONGEST_SUMMARY));
        problems.throwIfAny();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String id() {
        return id;
    }

    public Long caseNumber() {
        return caseNumber != null ? caseNumber : owner.number();
    }

    public LocalDateTime happenedAt() {
        return happenedAt;
    }

    public ContactChannel channel() {
        return channel;
    }

    public String peopleInvolved() {
        return peopleInvolved;
    }

    public String summary() {
        return summary;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
