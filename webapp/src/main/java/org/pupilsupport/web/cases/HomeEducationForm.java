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
import org.pupilsupport.core.cases.HomeEducation;
import org.pupilsupport.core.cases.Suitability;

/** Elective home education: the notice, the education provided, and the s437 steps. */
@Named
@ViewScoped
public class HomeEducationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    CasePage casePage;

    private LocalDate noticeOn;
    private boolean writtenNotice;
    private BigDecimal hoursByParents;
    private BigDecimal hoursByOthers;
    private String otherProviders;
    private Suitability suitability;
    private LocalDate decidedOn;
    private LocalDate s437NoticeOn;
    private Integer s437PeriodDays;
    private LocalDate s438NoticeOn;
    private LocalDate attendanceOrderOn;
    private boolean prefilled;

    @PostConstruct
    public void prefill() {
        HomeEducation recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().homeEducation();
        if (prefilled || recorded == null) {
            return;
        }
        prefilled = true;
        noticeOn = recorded.noticeOn();
        writtenNotice = recorded.writtenNotice();
        hoursByParents = recorded.hoursByParents();
        hoursByOthers = recorded.hoursByOthers();
        otherProviders = recorded.otherProviders();
        suitability = recorded.suitability();
        decidedOn = recorded.decidedOn();
        s437NoticeOn = recorded.s437NoticeOn();
        s437PeriodDays = recorded.s437NoticeOn() == null ? null : recorded.s437PeriodDays();
        s438NoticeOn = recorded.s438NoticeOn();
        attendanceOrderOn = recorded.attendanceOrderOn();
    }

    public void save() {
        casePage.act(() -> casework.recordHomeEducation(casePage.getRef(), new Casework.HomeEducationFacts(noticeOn, writtenNotice, hoursByParents,
                hoursByOthers, otherProviders, suitability, decidedOn, s437NoticeOn, s437PeriodDays, s438NoticeOn, attendanceOrderOn)),
                "Home education saved", Map.of("hoursByParents", "hoursParents", "hoursByOthers", "hoursOthers", "s437NoticeOn", "s437On",
                        "s437PeriodDays", "s437Days", "s438NoticeOn", "s438On", "attendanceOrderOn", "orderOn"));
    }

    public Suitability[] getSuitabilities() {
        return Suitability.values();
    }

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public void setNoticeOn(LocalDate noticeOn) {
        this.noticeOn = noticeOn;
    }

    public boolean isWrittenNotice() {
        return writtenNotice;
    }

    public void setWrittenNotice(boolean writtenNotice) {
        this.writtenNotice = writtenNotice;
    }

    public BigDecimal getHoursByParents() {
        return hoursByParents;
    }

    public void setHoursByParents(BigDecimal hoursByParents) {
        this.hoursByParents = hoursByParents;
    }

    public BigDecimal getHoursByOthers() {
        return hoursByOthers;
    }

    public void setHoursByOthers(BigDecimal hoursByOthers) {
        this.hoursByOthers = hoursByOthers;
    }

    public String getOtherProviders() {
        return otherProviders;
    }

    public void setOtherProviders(String otherProviders) {
        this.otherProviders = otherProviders;
    }

    public Suitability getSuitability() {
        return suitability;
    }

    public void setSuitability(Suitability suitability) {
        this.suitability = suitability;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    /** Why a school may not delete the child under ground (f) on the notice recorded, or null. */
    public String getNoticeProblem() {
        org.pupilsupport.core.cases.HomeEducation recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().homeEducation();
        return recorded == null ? null : recorded.noticeProblem();
    }

    public Integer getS437PeriodDays() {
        return s437PeriodDays;
    }

    public void setS437PeriodDays(Integer s437PeriodDays) {
        this.s437PeriodDays = s437PeriodDays;
    }

    public LocalDate getS438NoticeOn() {
        return s438NoticeOn;
    }

    public void setS438NoticeOn(LocalDate s438NoticeOn) {
        this.s438NoticeOn = s438NoticeOn;
    }

    public LocalDate getS437NoticeOn() {
        return s437NoticeOn;
    }

    public void setS437NoticeOn(LocalDate s437NoticeOn) {
        this.s437NoticeOn = s437NoticeOn;
    }

    public LocalDate getAttendanceOrderOn() {
        return attendanceOrderOn;
    }

    public void setAttendanceOrderOn(LocalDate attendanceOrderOn) {
        this.attendanceOrderOn = attendanceOrderOn;
    }
}
