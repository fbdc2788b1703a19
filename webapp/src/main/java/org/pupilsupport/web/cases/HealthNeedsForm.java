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
import org.pupilsupport.core.cases.HealthNeeds;

/** A child unable to attend for health reasons (s19): days missed, and the education arranged. */
@Named
@ViewScoped
public class HealthNeedsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    CasePage casePage;

    private LocalDate firstDayMissed;
    private Integer schoolDaysMissed;
    private LocalDate countedOn;
    private String provider;
    private BigDecimal hoursPerWeek;
    private LocalDate provisionFrom;
    private Integer expectedSchoolDaysMissed;
    private LocalDate expectedClearOn;
    private boolean prefilled;

    @PostConstruct
    public void prefill() {
        HealthNeeds recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().healthNeeds();
        if (prefilled || recorded == null) {
            return;
        }
        prefilled = true;
        firstDayMissed = recorded.firstDayMissed();
        schoolDaysMissed = recorded.schoolDaysMissed();
        countedOn = recorded.countedOn();
        expectedSchoolDaysMissed = recorded.expectedSchoolDaysMissed();
        expectedClearOn = recorded.expectedClearOn();
        provider = recorded.provider();
        hoursPerWeek = recorded.hoursPerWeek();
        provisionFrom = recorded.provisionFrom();
    }

    public void save() {
        if (schoolDaysMissed == null) {
            org.pupilsupport.web.support.FormErrors.refused("daysMissed", "Enter the school days missed so far, from 0");
            return;
        }
        casePage.act(() -> casework.recordHealthNeeds(casePage.getRef(), firstDayMissed, schoolDaysMissed, countedOn, expectedSchoolDaysMissed,
                expectedClearOn), "Days missed saved", Map.of("schoolDaysMissed", "daysMissed", "expectedSchoolDaysMissed", "expectedDays"));
    }

    public void saveProvision() {
        casePage.act(() -> casework.recordHealthProvision(casePage.getRef(), provider, hoursPerWeek, provisionFrom), "Education arranged saved",
                Map.of("hoursPerWeek", "healthHours", "from", "healthFrom"));
    }

    public LocalDate getFifteenthDay() {
        HealthNeeds recorded = casePage.getTheCase().healthNeeds();
        return recorded == null ? null : recorded.fifteenthDayMissed(casePage.getRules().schoolDays()).date();
    }

    /** Whether 15 or more days in all are clear, so education is due at once rather than on the 15th day. */
    public boolean isClearlyFifteenOrMore() {
        HealthNeeds recorded = casePage.getTheCase().healthNeeds();
        return recorded != null && recorded.clearlyFifteenOrMore();
    }

    public LocalDate getEducationDue() {
        HealthNeeds recorded = casePage.getTheCase().healthNeeds();
        return recorded == null ? null : recorded.educationDue(casePage.getRules().schoolDays()).date();
    }

    public Integer getExpectedSchoolDaysMissed() {
        return expectedSchoolDaysMissed;
    }

    public void setExpectedSchoolDaysMissed(Integer expectedSchoolDaysMissed) {
        this.expectedSchoolDaysMissed = expectedSchoolDaysMissed;
    }

    public LocalDate getExpectedClearOn() {
        return expectedClearOn;
    }

    public void setExpectedClearOn(LocalDate expectedClearOn) {
        this.expectedClearOn = expectedClearOn;
    }

    public LocalDate getFirstDayMissed() {
        return firstDayMissed;
    }

    public void setFirstDayMissed(LocalDate firstDayMissed) {
        this.firstDayMissed = firstDayMissed;
    }

    public Integer getSchoolDaysMissed() {
        return schoolDaysMissed;
    }

    public void setSchoolDaysMissed(Integer schoolDaysMissed) {
        this.schoolDaysMissed = schoolDaysMissed;
    }

    public LocalDate getCountedOn() {
        return countedOn;
    }

    public void setCountedOn(LocalDate countedOn) {
        this.countedOn = countedOn;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public LocalDate getProvisionFrom() {
        return provisionFrom;
    }

    public void setProvisionFrom(LocalDate provisionFrom) {
        this.provisionFrom = provisionFrom;
    }
}
