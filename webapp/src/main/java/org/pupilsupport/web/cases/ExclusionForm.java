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
    }

    public void save() {
        casePage.act(() -> casework.recordExclusion(casePage.getRef(), new Casework.ExclusionNotice(category, startDate, lengthInSchoolDays,
                java.util.Arrays.asList(reason1, reason2, reason3), notifiedOn, missesPublicExam, parentsMadeRepresentations)), "Exclusion saved",
                Map.of("lengthInSchoolDays", "lengthDays", "reasonCodes", "reason1"));
    }

    public void saveProvision() {
        casePage.act(() -> casework.recordExclusionProvision(casePage.getRef(), provision, provisionFrom), "Education from the sixth day saved",
                Map.of("description", "provisionText", "from", "provisionFrom"));
    }

    public void saveGovernors() {
        casePage.act(() -> casework.recordGovernorsDecision(casePage.getRef(), governorsMetOn, governorsDecision), "Governing board's decision saved",
                Map.of("metOn", "governorsMetOn", "decision", "governorsDecision"));
    }

    public void saveReviewPanel() {
        casePage.act(() -> casework.recordReviewPanel(casePage.getRef(), reviewAppliedOn, reviewDecision, reviewDecidedOn), "Review panel saved",
                Map.of("appliedOn", "reviewAppliedOn", "decision", "reviewDecision", "decidedOn", "reviewDecidedOn"));
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
}
