package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A request for a school place during the year. The School Admissions Code 2021 treats two kinds differently:
 * <ul>
 * <li>an ordinary in-year application: the parents must be told the outcome in writing within 15 school days of it
 * (Code, section 2, in-year admissions; the aim is 10);</li>
 * <li>a child under the borough's fair access protocol: a school must be found within 20 school days of the decision
 * to use the protocol, which is the panel's (Code, section 3, fair access protocols).</li>
 * </ul>
 */
@Embeddable
public class InYearTransfer {

    public static final int PLACEMENT_SCHOOL_DAYS = 20;
    public static final int OUTCOME_SCHOOL_DAYS = 15;

    @Column(name = "IYT_REQUESTED_ON")
    private LocalDate requestedOn;

    @Column(name = "IYT_FAIR_ACCESS")
    private Boolean fairAccess;

    @Column(name = "IYT_PANEL_ON")
    private LocalDate panelOn;

    @Column(name = "IYT_ALLOCATED_URN")
    private Integer allocatedSchoolUrn;

    @Column(name = "IYT_PLACED_ON")
    private LocalDate placedOn;

    /** When the parents were told the outcome of an ordinary in-year application in writing. */
    @Column(name = "IYT_OUTCOME_WRITTEN_ON")
    private LocalDate outcomeWrittenOn;

    protected InYearTransfer() {
        // for JPA
    }

    /**
     * Every field is checked before any is refused. A panel date on a case not under fair access is refused
     * under the panel date; a placement without its school under the school, one dated out of range under its date.
     *
     * @throws IllegalArgumentException with an officer-readable message
     */
    public InYearTransfer(LocalDate requestedOn, boolean fairAccess, LocalDate panelOn, Integer allocatedSchoolUrn, LocalDate placedOn,
                          LocalDate today) {
        this(requestedOn, fairAccess, panelOn, allocatedSchoolUrn, placedOn, null, today);
    }

    /** @param outcomeWrittenOn when the parents of an ordinary in-year application were told its outcome in writing */
    public InYearTransfer(LocalDate requestedOn, boolean fairAccess, LocalDate panelOn, Integer allocatedSchoolUrn, LocalDate placedOn,
                          LocalDate outcomeWrittenOn, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        if (outcomeWrittenOn != null && fairAccess) {
            problems.add("outcomeWrittenOn", "A fair access case has no application outcome letter: record the placement instead");
        } else if (outcomeWrittenOn != null && (outcomeWrittenOn.isAfter(today) || (requestedOn != null && outcomeWrittenOn.isBefore(requestedOn)))) {
            problems.add("outcomeWrittenOn", "The outcome letter must be dated between the application and today");
        }
        problems.check("requestedOn", () -> {
            Text.present(requestedOn, "Enter the date of the request");
            if (requestedOn.isAfter(today)) {
                throw new IllegalArgumentException("The request cannot be dated in the future");
            }
        });
        if (panelOn != null && !fairAccess) {
            problems.add("panelOn", "Only a fair access case goes to the panel");
        }
        if (panelOn != null && requestedOn != null && panelOn.isBefore(requestedOn)) {
            problems.add("panelOn", "The panel cannot meet before the request");
        }
        String placementRule = "A placement needs the school, and a date between the request and today";
        if (placedOn != null && allocatedSchoolUrn == null) {
            problems.add("allocatedSchoolUrn", placementRule);
        }
        if (placedOn != null && (placedOn.isAfter(today) || (requestedOn != null && placedOn.isBefore(requestedOn)))) {
            problems.add("placedOn", placementRule);
        }
        problems.throwIfAny();
        this.requestedOn = requestedOn;
        this.fairAccess = fairAccess;
        this.panelOn = panelOn;
        this.allocatedSchoolUrn = allocatedSchoolUrn;
        this.placedOn = placedOn;
        this.outcomeWrittenOn = outcomeWrittenOn;
    }

    List<Deadline> deadlines(SchoolDays schoolDays) {
        List<Deadline> deadlines = new ArrayList<>();
        if (!fairAccess()) {
            if (outcomeWrittenOn == null && placedOn == null) {
                deadlines.add(Deadline.of(DeadlineKind.IN_YEAR_OUTCOME, requestedOn, OUTCOME_SCHOOL_DAYS + " school days from the application of "
                        + requestedOn, schoolDays.after(requestedOn, OUTCOME_SCHOOL_DAYS)));
            }
        } else if (placedOn == null) {
            LocalDate decided = panelOn == null ? requestedOn : panelOn;
            String since = panelOn == null ? "the request of " + requestedOn + " (the panel's decision is not recorded: counted from the request)"
                    : "the panel's decision of " + panelOn;
            deadlines.add(Deadline.of(DeadlineKind.FAIR_ACCESS_PLACEMENT, decided, PLACEMENT_SCHOOL_DAYS + " school days from " + since,
                    schoolDays.after(decided, PLACEMENT_SCHOOL_DAYS)));
        }
        return deadlines;
    }

    String closingProblem(CaseOutcome outcome) {
        if (outcome == CaseOutcome.PLACED_AT_SCHOOL && placedOn == null) {
            return "Record the school and the date the child was placed before closing as placed";
        }
        return null;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public boolean fairAccess() {
        return Boolean.TRUE.equals(fairAccess);
    }

    public LocalDate panelOn() {
        return panelOn;
    }

    public Integer allocatedSchoolUrn() {
        return allocatedSchoolUrn;
    }

    public LocalDate placedOn() {
        return placedOn;
    }

    public LocalDate outcomeWrittenOn() {
        return outcomeWrittenOn;
    }
}
