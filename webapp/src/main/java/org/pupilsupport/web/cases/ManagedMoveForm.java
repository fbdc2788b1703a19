package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.ManagedMove;

/** A managed move: the schools, the consents, the plan and the decision date. */
@Named
@ViewScoped
public class ManagedMoveForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    CasePage casePage;

    private Integer originSchoolUrn;
    private Integer receivingSchoolUrn;
    private LocalDate parentConsentOn;
    private LocalDate receivingSchoolConsentOn;
    private LocalDate startDate;
    private LocalDate decisionDue;
    private String plan;
    private boolean prefilled;

    @PostConstruct
    public void prefill() {
        if (prefilled || casePage.getTheCase() == null) {
            return;
        }
        prefilled = true;
        ManagedMove recorded = casePage.getTheCase().managedMove();
        if (recorded == null) {
            originSchoolUrn = casePage.getTheCase().schoolUrn();
            return;
        }
        originSchoolUrn = recorded.originSchoolUrn();
        receivingSchoolUrn = recorded.receivingSchoolUrn();
        parentConsentOn = recorded.parentConsentOn();
        receivingSchoolConsentOn = recorded.receivingSchoolConsentOn();
        startDate = recorded.startDate();
        decisionDue = recorded.decisionDue();
        plan = recorded.plan();
    }

    public void save() {
        casePage.act(() -> casework.recordManagedMove(casePage.getRef(), originSchoolUrn, receivingSchoolUrn, parentConsentOn, receivingSchoolConsentOn,
                startDate, decisionDue, plan), "Managed move saved", Map.of("originSchoolUrn", "originUrn", "receivingSchoolUrn", "receivingUrn",
                "parentConsentOn", "parentConsent", "receivingSchoolConsentOn", "schoolConsent", "startDate", "moveStart"));
    }

    public Integer getOriginSchoolUrn() {
        return originSchoolUrn;
    }

    public void setOriginSchoolUrn(Integer originSchoolUrn) {
        this.originSchoolUrn = originSchoolUrn;
    }

    public Integer getReceivingSchoolUrn() {
        return receivingSchoolUrn;
    }

    public void setReceivingSchoolUrn(Integer receivingSchoolUrn) {
        this.receivingSchoolUrn = receivingSchoolUrn;
    }

    public LocalDate getParentConsentOn() {
        return parentConsentOn;
    }

    public void setParentConsentOn(LocalDate parentConsentOn) {
        this.parentConsentOn = parentConsentOn;
    }

    public LocalDate getReceivingSchoolConsentOn() {
        return receivingSchoolConsentOn;
    }

    public void setReceivingSchoolConsentOn(LocalDate receivingSchoolConsentOn) {
        this.receivingSchoolConsentOn = receivingSchoolConsentOn;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public void setDecisionDue(LocalDate decisionDue) {
        this.decisionDue = decisionDue;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }
}
