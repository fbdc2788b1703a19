package org.pupilsupport.core.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.pupilsupport.core.audit.UtcTimestampConverter;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.tenancy.TenantScopedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One line of a borough's retention schedule: how long a kind of record (for cases, of one service area) is kept,
 * from which event, and what happens then, with where the value came from. A value nobody has confirmed is marked a
 * placeholder until the DPO saves it with its source.
 */
@Entity
@Table(name = "RETENTION_RULE")
public class RetentionRule extends TenantScopedEntity {

    public static final int LONGEST_PERIOD_YEARS = 100;
    public static final int LONGEST_SOURCE = 500;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "RECORD_KIND", nullable = false, length = 30)
    private RecordKind kind;

    /** Only for {@link RecordKind#CASE}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "SERVICE_AREA", length = 30)
    private ServiceArea area;

    @Column(name = "PERIOD_YEARS", nullable = false)
    private int years;

    @Column(name = "PERIOD_MONTHS", nullable = false)
    private int months;

    @Enumerated(EnumType.STRING)
    @Column(name = "RUNS_FROM", nullable = false, length = 30)
    private RetentionTrigger runsFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, length = 20)
    private RetentionAction action;

    @Column(name = "PLACEHOLDER", nullable = false)
    private boolean placeholder;

    @Column(name = "SOURCE", nullable = false, length = LONGEST_SOURCE)
    private String source;

    @Column(name = "CHANGED_BY", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    @Convert(converter = UtcTimestampConverter.class)
    private Instant changedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected RetentionRule() {
        // for JPA
    }

    RetentionRule(RetentionTerms terms, boolean placeholder, String changedBy, Instant changedAt) {
        this.id = UUID.randomUUID().toString();
        this.kind = terms.kind();
        this.area = terms.area();
        apply(terms, placeholder, changedBy, changedAt);
    }

    void apply(RetentionTerms terms, boolean placeholder, String changedBy, Instant changedAt) {
        this.years = terms.years();
        this.months = terms.months();
        this.runsFrom = terms.runsFrom();
        this.action = terms.action();
        this.source = terms.source();
        this.placeholder = placeholder;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The day the period ends for a record whose event happened on the given day. */
    public LocalDate endsAfter(LocalDate event) {
        return event.plusYears(years).plusMonths(months);
    }

    /**
     * The last day on which a record's event can have happened for its period to have ended by the given day: what a
     * sweep by date takes. Not simply the day less the period, because adding the period clamps to a month's end (a
     * record of 29 February 2028 kept for a year ends on 28 February 2029, so on that day it is due too).
     */
    public LocalDate lastEventEndedBy(LocalDate day) {
        LocalDate candidate = day.minusMonths(months).minusYears(years);
        while (!endsAfter(candidate.plusDays(1)).isAfter(day)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** "6 years from the case was closed", as the schedule and the record's page say it. */
    public String describe() {
        String period = years + (years == 1 ? " year" : " years") + (months == 0 ? "" : " " + months + (months == 1 ? " month" : " months"));
        return period + " from " + runsFrom.label() + ", then " + action.label();
    }

    public RetentionTerms terms() {
        return new RetentionTerms(kind, area, years, months, runsFrom, action, source);
    }

    public String id() {
        return id;
    }

    public RecordKind kind() {
        return kind;
    }

    public ServiceArea area() {
        return area;
    }

    public int years() {
        return years;
    }

    public int months() {
        return months;
    }

    public RetentionTrigger runsFrom() {
        return runsFrom;
    }

    public RetentionAction action() {
        return action;
    }

    public boolean isPlaceholder() {
        return placeholder;
    }

    public String source() {
        return source;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
