package org.pupilsupport.core.children;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The child's SEN provision from a date; the latest entry is the provision now. */
@Embeddable
public class SenRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "PROVISION", nullable = false, length = 20)
    private SenProvision provision;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate fromDate;

    protected SenRecord() {
        // for JPA
    }

    SenRecord(SenProvision provision, LocalDate from) {
        this.provision = provision;
        this.fromDate = from;
    }

    public SenProvision provision() {
        return provision;
    }

    public LocalDate from() {
        return fromDate;
    }
}
