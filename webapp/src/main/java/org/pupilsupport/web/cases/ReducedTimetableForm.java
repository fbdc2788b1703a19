package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.ReducedTimetable;

/** A school's notice of a reduced timetable, checked against the borough's protocol. */
@Named
@ViewScoped
public class ReducedTimetableForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    CasePage casePage;

    private LocalDate notifiedOn;
    private BigDecimal hoursPerWeek;
    private BigDecimal fullTimeHoursPerWeek;
    private LocalDate startDate;
    private LocalDate plannedEndDate;
    private String reason;
    private boolean prefilled;

    @PostConstruct
    public void prefill() {
        ReducedTimetable recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().reducedTimetable();
        if (prefilled || recorded == null) {
            return;
        }
        prefilled = true;
        notifiedOn = recorded.notifiedOn();
        hoursPerWeek = recorded.hoursPerWeek();
        fullTimeHoursPerWeek = recorded.fullTimeHoursPerWeek();
        startDate = recorded.startDate();
        plannedEndDate = recorded.plannedEndDate();
        reason = recorded.reason();
    }

    public void save() {
        casePage.act(() -> casework.recordReducedTimetable(casePage.getRef(), notifiedOn, hoursPerWeek, fullTimeHoursPerWeek, startDate, plannedEndDate,
                reason), "Reduced timetable saved",
                Map.of("hoursPerWeek", "hours", "fullTimeHoursPerWeek", "fullTime", "startDate", "start", "plannedEndDate", "plannedEnd"));
    }

    /** Planned to run past the borough's limit: the page flags it. */
    public boolean isOverLong() {
        ReducedTimetable recorded = casePage.getTheCase().reducedTimetable();
        return recorded != null && recorded.plannedBeyondLimit(casePage.getRules().schoolDays(), casePage.getRules().protocol());
    }

    public LocalDate getLimit() {
        ReducedTimetable recorded = casePage.getTheCase().reducedTimetable();
        return recorded == null ? null : recorded.limit(casePage.getRules().schoolDays(), casePage.getRules().protocol()).date();
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public void setNotifiedOn(LocalDate notifiedOn) {
        this.notifiedOn = notifiedOn;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public BigDecimal getFullTimeHoursPerWeek() {
        return fullTimeHoursPerWeek;
    }

    public void setFullTimeHoursPerWeek(BigDecimal fullTimeHoursPerWeek) {
        this.fullTimeHoursPerWeek = fullTimeHoursPerWeek;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getPlannedEndDate() {
        return plannedEndDate;
    }

    public void setPlannedEndDate(LocalDate plannedEndDate) {
        this.plannedEndDate = plannedEndDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
