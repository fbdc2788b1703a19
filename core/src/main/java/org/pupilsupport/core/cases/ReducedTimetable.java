package org.pupilsupport.core.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A pupil on a reduced (part-time) timetable, as the school notified it. DfE attendance guidance allows one
 * only exceptionally, in the pupil's interests, for a limited time, with formal reviews with pupil and
 * parents; absence is recorded with code C2. How often it is reviewed and how long it may run are each
 * borough's protocol ({@link CaseProtocol}).
 */
@Embeddable
public class ReducedTimetable {

    static final int LONGEST_REASON = 1000;
    static final BigDecimal MOST_HOURS_IN_A_WEEK = new BigDecimal("40");

    @Column(name = "RTT_NOTIFIED_ON")
    private LocalDate notifiedOn;

    @Column(name = "RTT_HOURS", precision = 4, scale = 1)
    private BigDecimal hoursPerWeek;

    @Column(name = "RTT_FULL_TIME_HOURS", precision = 4, scale = 1)
    private BigDecimal fullTimeHoursPerWeek;

    @Column(name = "RTT_START")
    private LocalDate startDate;

    @Column(name = "RTT_PLANNED_END")
    private LocalDate plannedEndDate;

    @Column(name = "RTT_REASON", length = LONGEST_REASON)
    private String reason;

    protected ReducedTimetable() {
        // for JPA
    }

    /**
     * Every field is checked before any is refused; the hours against the full-time hours are refused under the
     * hours attended, the planned end against the start under the planned end.
     *
     * @throws IllegalArgumentException with an officer-readable message
     */
    public ReducedTimetable(LocalDate notifiedOn, BigDecimal hoursPerWeek, BigDecimal fullTimeHoursPerWeek, LocalDate startDate,
                            LocalDate plannedEndDate, String reason, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.check("notifiedOn", () -> {
            Text.present(notifiedOn, "Enter the date the school notified the authority");
            if (notifiedOn.isAfter(today)) {
                throw new IllegalArgumentException("The notification cannot have arrived in the future");
            }
        });
        problems.check("fullTimeHoursPerWeek", () -> {
            Text.present(fullTimeHoursPerWeek, "Enter the school's full-time hours a week");
            if (fullTimeHoursPerWeek.signum() <= 0 || fullTimeHoursPerWeek.compareTo(MOST_HOURS_IN_A_WEEK) > 0) {
                throw new IllegalArgumentException("Full-time hours must be more than 0 and at most " + MOST_HOURS_IN_A_WEEK + " a week");
            }
        });
        problems.check("hoursPerWeek", () -> {
            Text.present(hoursPerWeek, "Enter the hours a week the pupil attends");
            // Measured against the full-time hours, so only once those are right.
            if (!problems.has("fullTimeHoursPerWeek") && (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(fullTimeHoursPerWeek) >= 0)) {
                throw new IllegalArgumentException("A reduced timetable has more than 0 hours a week and fewer than the full-time "
                        + fullTimeHoursPerWeek.stripTrailingZeros().toPlainString());
            }
        });
        problems.check("startDate", () -> Text.present(startDate, "Enter the date the reduced timetable started"));
        problems.check("plannedEndDate", () -> {
            Text.present(plannedEndDate, "Enter the planned end date: a reduced timetable must be time-limited");
            if (startDate != null && !plannedEndDate.isAfter(startDate)) {
                throw new IllegalArgumentException("The planned end must come after the start");
            }
        });
        String checkedReason = problems.check("reason", () -> Text.required(reason, "why the timetable is reduced", LONGEST_REASON));
        problems.throwIfAny();
        this.notifiedOn = notifiedOn;
        this.hoursPerWeek = hoursPerWeek;
        this.fullTimeHoursPerWeek = fullTimeHoursPerWeek;
        this.startDate = startDate;
        this.plannedEndDate = plannedEndDate;
        this.reason = checkedReason;
    }

    /** The last school day the timetable may run under the borough's protocol. */
    public SchoolDayDate limit(SchoolDays schoolDays, CaseProtocol protocol) {
        return schoolDays.dayNumber(startDate, protocol.reducedTimetableLongestSchoolDays());
    }

    /** Planned to run past the borough's limit. */
    public boolean plannedBeyondLimit(SchoolDays schoolDays, CaseProtocol protocol) {
        return plannedEndDate.isAfter(limit(schoolDays, protocol).date());
    }

    /** When the next formal review is due: the protocol's interval after the last review, or after the start. */
    public SchoolDayDate nextReview(SchoolDays schoolDays, CaseProtocol protocol, Collection<CaseReview> reviews) {
        LocalDate countedFrom = lastReview(reviews);
        return schoolDays.after(countedFrom, protocol.reducedTimetableReviewIntervalSchoolDays());
    }

    private LocalDate lastReview(Collection<CaseReview> reviews) {
        return reviews.stream().map(CaseReview::heldOn).filter(held -> !held.isBefore(startDate))
                .max(Comparator.naturalOrder()).orElse(startDate);
    }

    List<Deadline> deadlines(SchoolDays schoolDays, CaseProtocol protocol, Collection<CaseReview> reviews) {
        List<Deadline> deadlines = new ArrayList<>();
        LocalDate countedFrom = lastReview(reviews);
        deadlines.add(Deadline.of(DeadlineKind.REDUCED_TIMETABLE_REVIEW, countedFrom, "every " + protocol.reducedTimetableReviewIntervalSchoolDays()
                + " school days (" + protocol.source() + "), counted from " + countedFrom, nextReview(schoolDays, protocol, reviews)));
        deadlines.add(Deadline.of(DeadlineKind.REDUCED_TIMETABLE_LIMIT, startDate, "at most " + protocol.reducedTimetableLongestSchoolDays()
                + " school days (" + protocol.source() + ") from " + startDate, limit(schoolDays, protocol)));
        return deadlines;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public BigDecimal hoursPerWeek() {
        return hoursPerWeek;
    }

    public BigDecimal fullTimeHoursPerWeek() {
        return fullTimeHoursPerWeek;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate plannedEndDate() {
        return plannedEndDate;
    }

    public String reason() {
        return reason;
    }
}
