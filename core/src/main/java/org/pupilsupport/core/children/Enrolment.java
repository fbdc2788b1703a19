package org.pupilsupport.core.children;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A period on a school's roll. The school is held by URN: schools are shared reference data. */
@Embeddable
public class Enrolment {

    @Column(name = "ENROLMENT_ID", nullable = false, length = 36)
    private String id;

    @Column(name = "SCHOOL_URN", nullable = false)
    private int schoolUrn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    protected Enrolment() {
        // for JPA
    }

    Enrolment(int schoolUrn, EnrolmentStatus status, LocalDate start) {
        this.id = UUID.randomUUID().toString();
        this.schoolUrn = schoolUrn;
        this.status = Required.value(status, "Choose the enrolment status (C, M or S)");
        this.startDate = Required.value(start, "Enter the date the child joined the school");
    }

    void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(startDate)) {
            throw new IllegalArgumentException("The leaving date " + lastDay + " is before the child joined, on " + startDate);
        }
        this.endDate = lastDay;
    }

    public boolean isCurrent() {
        return endDate == null;
    }

    public String id() {
        return id;
    }

    public int schoolUrn() {
        return schoolUrn;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public LocalDate start() {
        return startDate;
    }

    /** Null while on roll. */
    public LocalDate end() {
        return endDate;
    }
}
