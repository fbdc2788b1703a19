package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Enquiry;
import org.pupilsupport.core.cases.EnquiryKind;
import org.pupilsupport.core.cases.MissingEducation;
import org.pupilsupport.core.reference.ReferenceCode;
import org.pupilsupport.core.reference.ReferenceData;

/** The facts of a child missing education, and the reasonable enquiries made to find them. */
@Named
@ViewScoped
public class MissingEducationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    @Inject
    CasePage casePage;

    @Inject
    ReferenceData referenceData;

    private String deletionGround;
    private LocalDate firstDayAbsent;
    private String destinationLaCode;
    private LocalDate otherLaNotifiedOn;
    private EnquiryKind enquiryKind;
    private LocalDate enquiryMadeOn;
    private String enquiryResult;
    private boolean prefilled;

    /** Fills the form from the case once, so an officer edits what is recorded. */
    @PostConstruct
    public void prefill() {
        MissingEducation recorded = casePage.getTheCase() == null ? null : casePage.getTheCase().missingEducation();
        if (prefilled || recorded == null) {
            return;
        }
        prefilled = true;
        deletionGround = recorded.deletionGround();
        firstDayAbsent = recorded.firstDayAbsent();
        destinationLaCode = recorded.destinationLaCode();
        otherLaNotifiedOn = recorded.otherLaNotifiedOn();
    }

    public void save() {
        casePage.act(() -> casework.recordMissingEducation(casePage.getRef(), deletionGround, firstDayAbsent, destinationLaCode, otherLaNotifiedOn),
                "Missing-education details saved");
    }

    public void addEnquiry() {
        if (casePage.act(() -> casework.addEnquiry(casePage.getRef(), enquiryKind, enquiryMadeOn, enquiryResult), "Enquiry recorded")) {
            enquiryKind = null;
            enquiryMadeOn = null;
            enquiryResult = null;
        }
    }

    public List<ReferenceCode> getGrounds() {
        return referenceData.current(Casework.DELETION_GROUNDS);
    }

    public EnquiryKind[] getEnquiryKinds() {
        return EnquiryKind.values();
    }

    /** Whether ground (i) could now be used: 20 school days absent and the essential enquiries made. */
    public boolean isTwentyDayRuleMet() {
        Case theCase = casePage.getTheCase();
        return theCase.missingEducation() != null && theCase.missingEducation().firstDayAbsent() != null
                && theCase.missingEducation().twentyDayRuleMet(LocalDate.now(org.pupilsupport.core.time.Clocks.ENGLAND),
                        casePage.getRules().schoolDays(), theCase.enquiries());
    }

    public String getDeletionGround() {
        return deletionGround;
    }

    public void setDeletionGround(String deletionGround) {
        this.deletionGround = deletionGround;
    }

    public LocalDate getFirstDayAbsent() {
        return firstDayAbsent;
    }

    public void setFirstDayAbsent(LocalDate firstDayAbsent) {
        this.firstDayAbsent = firstDayAbsent;
    }

    public String getDestinationLaCode() {
        return destinationLaCode;
    }

    public void setDestinationLaCode(String destinationLaCode) {
        this.destinationLaCode = destinationLaCode;
    }

    public LocalDate getOtherLaNotifiedOn() {
        return otherLaNotifiedOn;
    }

    public void setOtherLaNotifiedOn(LocalDate otherLaNotifiedOn) {
        this.otherLaNotifiedOn = otherLaNotifiedOn;
    }

    public EnquiryKind getEnquiryKind() {
        return enquiryKind;
    }

    public void setEnquiryKind(EnquiryKind enquiryKind) {
        this.enquiryKind = enquiryKind;
    }

    public LocalDate getEnquiryMadeOn() {
        return enquiryMadeOn;
    }

    public void setEnquiryMadeOn(LocalDate enquiryMadeOn) {
        this.enquiryMadeOn = enquiryMadeOn;
    }

    public String getEnquiryResult() {
        return enquiryResult;
    }

    public void setEnquiryResult(String enquiryResult) {
        this.enquiryResult = enquiryResult;
    }
}
