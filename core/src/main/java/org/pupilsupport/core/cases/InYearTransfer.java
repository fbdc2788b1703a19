package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A request for a school place during the year, and whether the borough's fair access panel placed the
 * child. The School Admissions Code expects a child placed under fair access to be on roll within 20
 * school days.
 */
@Embeddable
public class InYearTransfer {

    public static final int PLACEMENT_SCHOOL_DAYS = 20;

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
        FieldProblems problems = new FieldProblems();
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
    }

    List<Deadline> deadlines(SchoolDays schoolDays) {
        List<Deadline> deadlines = new ArrayList<>();
        if (placedOn == null) {
            deadlines.add(Deadline.of(DeadlineKind.FAIR_ACCESS_PLACEMENT, requestedOn, "20 school days from the request of " + requestedOn,
                    schoolDays.after(requestedOn, PLACEMENT_SCHOOL_DAYS)));
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
}
