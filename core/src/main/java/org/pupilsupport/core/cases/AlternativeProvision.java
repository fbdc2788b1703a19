package org.pupilsupport.core.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A placement in alternative provision (a pupil referral unit or another provider; the names are each borough's own):
 * provider, hours, dates, reason and who commissioned it, as the annual AP census reports them.
 */
@Embeddable
public class AlternativeProvision {

    static final int LONGEST_TEXT = 500;

    @Column(name = "ALP_PROVIDER", length = LONGEST_TEXT)
    private String provider;

    @Column(name = "ALP_HOURS", precision = 4, scale = 1)
    private BigDecimal hoursPerWeek;

    @Column(name = "ALP_START")
    private LocalDate startDate;

    @Column(name = "ALP_END")
    private LocalDate endDate;

    @Column(name = "ALP_REASON", length = LONGEST_TEXT)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "ALP_COMMISSIONER", length = 20)
    private Commissioner commissionedBy;

    protected AlternativeProvision() {
        // for JPA
    }

    /**
     * Every field is checked before any is refused; an end not after the start is refused under the end.
     *
     * @throws IllegalArgumentException with an officer-readable message
     */
    public AlternativeProvision(String provider, BigDecimal hoursPerWeek, LocalDate startDate, LocalDate endDate, String reason,
                                Commissioner commissionedBy) {
        FieldProblems problems = new FieldProblems();
        String checkedProvider = problems.check("provider", () -> Text.required(provider, "the provider", LONGEST_TEXT));
        problems.check("hoursPerWeek", () -> {
            Text.present(hoursPerWeek, "Enter the hours a week of the placement");
            if (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(ReducedTimetable.MOST_HOURS_IN_A_WEEK) > 0) {
                throw new IllegalArgumentException("Hours a week must be more than 0 and at most " + ReducedTimetable.MOST_HOURS_IN_A_WEEK);
            }
        });
        problems.check("startDate", () -> Text.present(startDate, "Enter the date the placement starts"));
        problems.check("endDate", () -> {
            Text.present(endDate, "Enter the planned end of the placement: placements are time-limited");
            if (startDate != null && !endDate.isAfter(startDate)) {
                throw new IllegalArgumentException("The placement must end after it starts");
            }
        });
        String checkedReason = problems.check("reason", () -> Text.required(reason, "why the placement was made", LONGEST_TEXT));
        problems.check("commissionedBy", () -> Text.present(commissionedBy, "Choose who commissioned the placement"));
        problems.throwIfAny();
        this.provider = checkedProvider;
        this.hoursPerWeek = hoursPerWeek;
        this.startDate = startDate;
        this.endDate = endDate;
        this.reason = checkedReason;
        this.commissionedBy = commissionedBy;
    }

    List<Deadline> deadlines() {
        List<Deadline> deadlines = new ArrayList<>();
        deadlines.add(Deadline.of(DeadlineKind.PLACEMENT_ENDS, endDate, "plan the next step before the placement at " + provider + " ends",
                new SchoolDayDate(endDate, "date set for the placement", null)));
        return deadlines;
    }

    String closingProblem(CaseOutcome outcome, LocalDate today) {
        if (outcome == CaseOutcome.PLACEMENT_ENDED && endDate == null) {
            return "Record the placement before closing it as ended";
        }
        if (outcome == CaseOutcome.PLACEMENT_ENDED && endDate.isAfter(today)) {
            return "The placement is planned to run until " + endDate + ": change its end date if it ended early";
        }
        return null;
    }

    public String provider() {
        return provider;
    }

    public BigDecimal hoursPerWeek() {
        return hoursPerWeek;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String reason() {
        return reason;
    }

    public Commissioner commissionedBy() {
        return commissionedBy;
    }
}
