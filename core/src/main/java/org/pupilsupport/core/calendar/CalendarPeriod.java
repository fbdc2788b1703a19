package org.pupilsupport.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pupilsupport.core.audit.UtcTimestampConverter;

/**
 * One term or closure of a calendar: a borough's pattern ({@code schoolUrn} null) or one school's own. Term dates
 * are public information, not personal data, so calendars are not kept per tenant: a Kingston case about a pupil at
 * a Richmond school counts on that school's calendar, which Richmond's administrators keep. A replaced period is
 * withdrawn, never deleted, so the dates a past deadline was counted on can still be shown.
 */
@Entity
@Table(name = "SCHOOL_CALENDAR_PERIOD")
public class CalendarPeriod {

    static final int LONGEST_LABEL = 100;
    static final int LONGEST_SOURCE = 200;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    /** The LA whose administrators keep this calendar: the borough's own, or the school's. */
    @Column(name = "LA_CODE", nullable = false, length = 3)
    private String laCode;

    @Column(name = "SCHOOL_URN")
    private Integer schoolUrn;

    @Column(name = "ACADEMIC_YEAR", nullable = false, length = 7)
    private String academicYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private CalendarSpanKind kind;

    @Column(name = "FIRST_DAY", nullable = false)
    private LocalDate firstDay;

    @Column(name = "LAST_DAY", nullable = false)
    private LocalDate lastDay;

    @Column(name = "LABEL", nullable = false, length = LONGEST_LABEL)
    private String label;

    /** Where the dates came from: a file's name, the web, or the borough's plugin. */
    @Column(name = "SOURCE", nullable = false, length = LONGEST_SOURCE)
    private String source;

    @Column(name = "ADDED_BY", nullable = false, length = 64)
    private String addedBy;

    @Convert(converter = UtcTimestampConverter.class)
    @Column(name = "ADDED_AT", nullable = false)
    private Instant addedAt;

    @Column(name = "WITHDRAWN_BY", length = 64)
    private String withdrawnBy;

    @Convert(converter = UtcTimestampConverter.class)
    @Column(name = "WITHDRAWN_AT")
    private Instant withdrawnAt;

    protected CalendarPeriod() {
        // for JPA
    }

    CalendarPeriod(String laCode, Integer schoolUrn, CalendarSpan span, String academicYear, String source, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.laCode = laCode;
        this.schoolUrn = schoolUrn;
        this.academicYear = academicYear;
        this.kind = span.kind();
        this.firstDay = span.first();
        this.lastDay = span.last();
        this.label = span.label().length() > LONGEST_LABEL ? span.label().substring(0, LONGEST_LABEL) : span.label();
        this.source = source.length() > LONGEST_SOURCE ? source.substring(0, LONGEST_SOURCE) : source;
        this.addedBy = by;
        this.addedAt = at;
    }

    void withdraw(String by, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public CalendarSpan span() {
        return new CalendarSpan(kind, firstDay, lastDay, label);
    }

    public String laCode() {
        return laCode;
    }

    public Integer schoolUrn() {
        return schoolUrn;
    }

    public String academicYear() {
        return academicYear;
    }

    public CalendarSpanKind kind() {
        return kind;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String label() {
        return label;
    }

    public String source() {
        return source;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
