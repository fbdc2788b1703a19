package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Exclusion;
import org.pupilsupport.core.cases.ExclusionCategory;
import org.pupilsupport.core.cases.GoverningBoardDecision;
import org.pupilsupport.core.cases.ReviewPanelDecision;
import org.pupilsupport.core.reference.ReferenceCode;
import org.pupilsupport.core.reference.ReferenceData;

/** A school's notice of a suspension or permanent exclusion, and what followed: education from the sixth day, the governors, the review panel. */
@Named
@ViewScoped
public class ExclusionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    CasePage casePage;

    @Inject
    ReferenceData referenceData;

    private ExclusionCategory category;
    private LocalDate startDate;
    private BigDecimal lengthInSchoolDays;
    private String reason1;
    private String reason2;
    private String reason3;
    private LocalDate notifiedOn;
    private boolean missesPublicExam;
    private boolean parentsMadeRepresentations;
    private String provision;
    private LocalDate provisionFrom;
    private LocalDate governorsMetOn;
    private GoverningBoardDecision governorsDecision;
    private LocalDate reviewAppliedOn;
    private ReviewPanelDecision reviewDecision;
    private LocalDate reviewDecidedOn;
    private LocalDate boardNotifiedOn;
    private LocalDate publicExamOn;
    private boolean socialWorkerTold;
    private boolean virtualSchoolHeadTold;
    private boolean senTeamTold;
    private String homeLaCode;
    private BigDecimal provisionHours;
    private BigDecimal fullTimeHours;
    private LocalDate decisionNoticeOn;
    private boolean decisionNoticePosted;
    private LocalDate panelNoticeOn;
    private boolean panelNoticePosted;
    private LocalDate reconsideredOn;
    private GoverningBoardDecision reconsideredDecision;
    private LocalDate cancelledOn;
    private BigDecimal daysServed;
    private String cancelReason;
    private boolean prefilled;

    @PostConstruct
    public void prefill() {
        Exclusion recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().exclusion();
        if (prefilled || recorded == null) {
            return;
        }
        prefilled = true;
        category = recorded.category();
        startDate = recorded.startDate();
        lengthInSchoolDays = recorded.sessions() == null ? null : BigDecimal.valueOf(recorded.sessions()).divide(BigDecimal.valueOf(2));
        List<String> reasons = recorded.reasonCodes();
        reason1 = reasons.size() > 0 ? reasons.get(0) : null;
        reason2 = reasons.size() > 1 ? reasons.get(1) : null;
        reason3 = reasons.size() > 2 ? reasons.get(2) : null;
        notifiedOn = recorded.notifiedOn();
        missesPublicExam = recorded.missesPublicExam();
        parentsMadeRepresentations = recorded.parentsMadeRepresentations();
        provision = recorded.provision();
        provisionFrom = recorded.provisionFrom();
        governorsMetOn = recorded.governorsMetOn();
        governorsDecision = recorded.governorsDecision();
        reviewAppliedOn = recorded.reviewAppliedOn();
        reviewDecision = recorded.reviewDecision();
        reviewDecidedOn = recorded.reviewDecidedOn();
        boardNotifiedOn = recorded.boardNotifiedOn();
        publicExamOn = recorded.publicExamOn();
        socialWorkerTold = recorded.socialWorkerTold();
        virtualSchoolHeadTold = recorded.virtualSchoolHeadTold();
        senTeamTold = recorded.senTeamTold();
        homeLaCode = recorded.homeLaCode();
        provisionHours = recorded.provisionHoursPerWeek();
        fullTimeHours = recorded.fullTimeHoursPerWeek();
        decisionNoticeOn = recorded.decisionNoticeOn();
        decisionNoticePosted = recorded.decisionNoticePosted();
        panelNoticeOn = recorded.panelNoticeOn();
        panelNoticePosted = recorded.panelNoticePosted();
        reconsideredOn = recorded.reconsideredOn();
        reconsideredDecision = recorded.reconsideredDecision();
        cancelledOn = recorded.cancelledOn();
        daysServed = recorded.sessionsServedBeforeCancelling() == null ? null
                : BigDecimal.valueOf(recorded.sessionsServedBeforeCancelling()).divide(BigDecimal.valueOf(2));
        cancelReason = recorded.cancelReason();
    }

    public void save() {
        casePage.act(() -> casework.recordExclusion(casePage.getRef(), new Casework.ExclusionNotice(category, startDate, lengthInSchoolDays,
                java.util.Arrays.asList(reason1, reason2, reason3), notifiedOn, missesPublicExam, parentsMadeRepresentations,
                new Exclusion.Circumstances(boardNotifiedOn, publicExamOn, socialWorkerTold, virtualSchoolHeadTold, senTeamTold, homeLaCode))),
                "Exclusion saved",
                Map.of("lengthInSchoolDays", "lengthDays", "reasonCodes", "reason1"));
    }

    public void saveProvision() {
        casePage.act(() -> casework.recordExclusionProvision(casePage.getRef(), provision, provisionFrom, provisionHours, fullTimeHours),
                "Education from the sixth day saved",
                Map.of("description", "provisionText", "from", "provisionFrom", "hoursPerWeek", "provisionHours", "fullTimeHoursPerWeek", "fullTimeHours"));
    }

    public void saveGovernors() {
        casePage.act(() -> casework.recordGovernorsDecision(casePage.getRef(), governorsMetOn, governorsDecision, decisionNoticeOn,
                        decisionNoticePosted), "Governing board's decision saved",
                Map.of("metOn", "governorsMetOn", "decision", "governorsDecision", "noticeOn", "decisionNoticeOn"));
    }

    public void saveReviewPanel() {
        casePage.act(() -> casework.recordReviewPanel(casePage.getRef(), reviewAppliedOn, reviewDecision, reviewDecidedOn, panelNoticeOn,
                        panelNoticePosted), "Review panel saved",
                Map.of("appliedOn", "reviewAppliedOn", "decision", "reviewDecision", "decidedOn", "reviewDecidedOn", "noticeOn", "panelNoticeOn"));
    }

    public void saveReconsideration() {
        casePage.act(() -> casework.recordReconsideration(casePage.getRef(), reconsideredOn, reconsideredDecision), "Board's reconsideration saved",
                Map.of());
    }

    public void saveCancellation() {
        casePage.act(() -> casework.cancelExclusion(casePage.getRef(), cancelledOn, daysServed, cancelReason), "Cancellation saved",
                Map.of("sessionsServed", "daysServed"));
    }

    /** Why the education from the sixth day is not full-time, or null. */
    public String getProvisionProblem() {
        Exclusion recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().exclusion();
        return recorded == null ? null : recorded.provisionProblem();
    }

    /** The board reconsiders only when the panel sent its decision back. */
    public boolean isReconsiderationDue() {
        Exclusion recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().exclusion();
        return recorded != null && recorded.reviewDecision() != null && recorded.reviewDecision() != ReviewPanelDecision.UPHELD;
    }

    /** A head teacher may cancel until the board has considered the exclusion. */
    public boolean isCancellable() {
        Exclusion recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().exclusion();
        return recorded != null && recorded.governorsMetOn() == null && !recorded.cancelled();
    }

    public boolean isCancelled() {
        Exclusion recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().exclusion();
        return recorded != null && recorded.cancelled();
    }

    public List<ReferenceCode> getReasons() {
        return referenceData.current(Casework.EXCLUSION_REASONS);
    }

    public ExclusionCategory[] getCategories() {
        return ExclusionCategory.values();
    }

    public GoverningBoardDecision[] getBoardDecisions() {
        return GoverningBoardDecision.values();
    }

    public ReviewPanelDecision[] getPanelDecisions() {
        return ReviewPanelDecision.values();
    }

    public ExclusionCategory getCategory() {
        return category;
    }

    public void setCategory(ExclusionCategory category) {
        this.category = category;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public BigDecimal getLengthInSchoolDays() {
        return lengthInSchoolDays;
    }

    public void setLengthInSchoolDays(BigDecimal lengthInSchoolDays) {
        this.lengthInSchoolDays = lengthInSchoolDays;
    }

    public String getReason1() {
        return reason1;
    }

    public void setReason1(String reason1) {
        this.reason1 = reason1;
    }

    public String getReason2() {
        return reason2;
    }

    public void setReason2(String reason2) {
        this.reason2 = reason2;
    }

    public String getReason3() {
        return reason3;
    }

    public void setReason3(String reason3) {
        this.reason3 = reason3;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public void setNotifiedOn(LocalDate notifiedOn) {
        this.notifiedOn = notifiedOn;
    }

    public boolean isMissesPublicExam() {
        return missesPublicExam;
    }

    public void setMissesPublicExam(boolean missesPublicExam) {
        this.missesPublicExam = missesPublicExam;
    }

    public boolean isParentsMadeRepresentations() {
        return parentsMadeRepresentations;
    }

    public void setParentsMadeRepresentations(boolean parentsMadeRepresentations) {
        this.parentsMadeRepresentations = parentsMadeRepresentations;
    }

    public String getProvision() {
        return provision;
    }

    public void setProvision(String provision) {
        this.provision = provision;
    }

    public LocalDate getProvisionFrom() {
        return provisionFrom;
    }

    public void setProvisionFrom(LocalDate provisionFrom) {
        this.provisionFrom = provisionFrom;
    }

    public LocalDate getGovernorsMetOn() {
        return governorsMetOn;
    }

    public void setGovernorsMetOn(LocalDate governorsMetOn) {
        this.governorsMetOn = governorsMetOn;
    }

    public GoverningBoardDecision getGovernorsDecision() {
        return governorsDecision;
    }

    public void setGovernorsDecision(GoverningBoardDecision governorsDecision) {
        this.governorsDecision = governorsDecision;
    }

    public LocalDate getReviewAppliedOn() {
        return reviewAppliedOn;
    }

    public void setReviewAppliedOn(LocalDate reviewAppliedOn) {
        this.reviewAppliedOn = reviewAppliedOn;
    }

    public ReviewPanelDecision getReviewDecision() {
        return reviewDecision;
    }

    public void setReviewDecision(ReviewPanelDecision reviewDecision) {
        this.reviewDecision = reviewDecision;
    }

    public LocalDate getReviewDecidedOn() {
        return reviewDecidedOn;
    }

    public void setReviewDecidedOn(LocalDate reviewDecidedOn) {
        this.reviewDecidedOn = reviewDecidedOn;
    }

    public LocalDate getBoardNotifiedOn() {
        return boardNotifiedOn;
    }

    public void setBoardNotifiedOn(LocalDate boardNotifiedOn) {
        this.boardNotifiedOn = boardNotifiedOn;
    }

    public LocalDate getPublicExamOn() {
        return publicExamOn;
    }

    public void setPublicExamOn(LocalDate publicExamOn) {
        this.publicExamOn = publicExamOn;
    }

    public boolean isSocialWorkerTold() {
        return socialWorkerTold;
    }

    public void setSocialWorkerTold(boolean socialWorkerTold) {
        this.socialWorkerTold = socialWorkerTold;
    }

    public boolean isVirtualSchoolHeadTold() {
        return virtualSchoolHeadTold;
    }

    public void setVirtualSchoolHeadTold(boolean virtualSchoolHeadTold) {
        this.virtualSchoolHeadTold = virtualSchoolHeadTold;
    }

    public boolean isSenTeamTold() {
        return senTeamTold;
    }

    public void setSenTeamTold(boolean senTeamTold) {
        this.senTeamTold = senTeamTold;
    }

    public String getHomeLaCode() {
        return homeLaCode;
    }

    public void setHomeLaCode(String homeLaCode) {
        this.homeLaCode = homeLaCode;
    }

    public BigDecimal getProvisionHours() {
        return provisionHours;
    }

    public void setProvisionHours(BigDecimal provisionHours) {
        this.provisionHours = provisionHours;
    }

    public BigDecimal getFullTimeHours() {
        return fullTimeHours;
    }

    public void setFullTimeHours(BigDecimal fullTimeHours) {
        this.fullTimeHours = fullTimeHours;
    }

    public LocalDate getDecisionNoticeOn() {
        return decisionNoticeOn;
    }

    public void setDecisionNoticeOn(LocalDate decisionNoticeOn) {
        this.decisionNoticeOn = decisionNoticeOn;
    }

    public boolean isDecisionNoticePosted() {
        return decisionNoticePosted;
    }

    public void setDecisionNoticePosted(boolean decisionNoticePosted) {
        this.decisionNoticePosted = decisionNoticePosted;
    }

    public LocalDate getPanelNoticeOn() {
        return panelNoticeOn;
    }

    public void setPanelNoticeOn(LocalDate panelNoticeOn) {
        this.panelNoticeOn = panelNoticeOn;
    }

    public boolean isPanelNoticePosted() {
        return panelNoticePosted;
    }

    public void setPanelNoticePosted(boolean panelNoticePosted) {
        this.panelNoticePosted = panelNoticePosted;
    }

    public LocalDate getReconsideredOn() {
        return reconsideredOn;
    }

    public void setReconsideredOn(LocalDate reconsideredOn) {
        this.reconsideredOn = reconsideredOn;
    }

    public GoverningBoardDecision getReconsideredDecision() {
        return reconsideredDecision;
    }

    public void setReconsideredDecision(GoverningBoardDecision reconsideredDecision) {
        this.reconsideredDecision = reconsideredDecision;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public void setCancelledOn(LocalDate cancelledOn) {
        this.cancelledOn = cancelledOn;
    }

    public BigDecimal getDaysServed() {
        return daysServed;
    }

    public void setDaysServed(BigDecimal daysServed) {
        this.daysServed = daysServed;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
