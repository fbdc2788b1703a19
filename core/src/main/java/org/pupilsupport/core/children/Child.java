package org.pupilsupport.core.children;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;

import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A child known to the borough's Pupil Support Service: the aggregate root every case hangs from.
 *
 * <p>The record belongs to one borough (tenant). A child who moves to another borough moves by a
 * recorded transfer, never by a shared query. The identifier is an opaque random id, so it can appear in
 * a URL without revealing anything about the child or hinting at other records.
 *
 * <p>The UPN may be missing (not yet known, or the child has never been on a roll in England); when
 * present it is valid, temporary UPNs included.
 */
@Entity
@Table(name = "CHILD")
public class Child extends TenantScopedEntity {

    /** Children of compulsory school age and younger: a date of birth further back is a typing mistake. */
    static final int OLDEST_AGE_YEARS = 25;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Embedded
    private LegalName legalName;

    @Column(name = "DATE_OF_BIRTH", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "UPN", length = 13)
    private Upn upn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "SCHOOL_URN")
    private School school;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** Sensitive: reaches a screen only through an audited reveal. Null until recorded. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "SOCIAL_CARE_STATUS", length = 30)
    private SocialCareStatus socialCareStatus;

    /** Sensitive, like the social-care status. */
    @Column(name = "CONCERNS_SUMMARY", length = SensitiveDetails.LONGEST_CONCERNS)
    private String concernsSummary;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Child() {
        // for JPA
    }

    /**
     * @param upn    may be null when not yet known
     * @param school may be null when the child is on no roll
     * @throws IllegalArgumentException if the date of birth is in the future or implausibly old
     */
    public Child(LegalName legalName, LocalDate dateOfBirth, Upn upn, School school, Clock clock) {
        this.id = UUID.randomUUID().toString();
        this.legalName = Objects.requireNonNull(legalName, "legal name");
        this.dateOfBirth = checkedDateOfBirth(dateOfBirth, clock);
        this.upn = upn;
        this.school = school;
        this.createdAt = clock.instant();
    }

    private static LocalDate checkedDateOfBirth(LocalDate dateOfBirth, Clock clock) {
        if (dateOfBirth == null) {
            throw new IllegalArgumentException("Enter the child's date of birth");
        }
        LocalDate today = LocalDate.now(clock);
        if (dateOfBirth.isAfter(today)) {
            throw new IllegalArgumentException("The date of birth " + dateOfBirth + " is in the future");
        }
        if (Period.between(dateOfBirth, today).getYears() >= OLDEST_AGE_YEARS) {
            throw new IllegalArgumentException("The date of birth " + dateOfBirth + " would make the child " + OLDEST_AGE_YEARS + " or older: check the year");
        }
        return dateOfBirth;
    }

    /** Corrects the legal name, for instance after a typing error or a change by deed poll. */
    public void correctLegalName(LegalName corrected) {
        this.legalName = Objects.requireNonNull(corrected, "legal name");
    }

    /** Records what is known of social care and the concerns behind the referral; both are sensitive. */
    public void recordSensitiveDetails(SensitiveDetails details) {
        this.socialCareStatus = details.socialCareStatus();
        this.concernsSummary = details.concernsSummary();
    }

    /** Package-private on purpose: screens get these only through the register's audited reveal. */
    SensitiveDetails sensitiveDetails() {
        return new SensitiveDetails(socialCareStatus, concernsSummary);
    }

    public String id() {
        return id;
    }

    public LegalName legalName() {
        return legalName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** May be null when the UPN is not known. */
    public Upn upn() {
        return upn;
    }

    /** May be null when the child is on no school's roll. */
    public School school() {
        return school;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Child that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
