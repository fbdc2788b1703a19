package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.cases.AbsenceRecording;
import org.pupilsupport.core.cases.Case;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.EnquiryKind;
import org.pupilsupport.core.cases.GroundIAdvice;
import org.pupilsupport.core.cases.MissingEducation;
import org.pupilsupport.core.cases.SchoolBelief;
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
    private AbsenceRecording absenceRecording;
    private SchoolBelief schoolBelief;
    private EnquiryKind enquiryKind;
    private boolean enquiryLocatedChild;
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
        absenceRecording = recorded.absenceRecording();
        schoolBelief = recorded.schoolBelief();
    }

    public void save() {
        casePage.act(() -> casework.recordMissingEducation(casePage.getRef(), deletionGround, firstDayAbsent, destinationLaCode, otherLaNotifiedOn,
                absenceRecording, schoolBelief), "Missing-education details saved");
    }

    public void addEnquiry() {
        if (casePage.act(() -> casework.addEnquiry(casePage.getRef(), enquiryKind, enquiryMadeOn, enquiryResult, enquiryLocatedChild),
                "Enquiry recorded", Map.of("kind", "enquiryKind", "madeOn", "enquiryMadeOn", "result", "enquiryResult"))) {
            enquiryKind = null;
            enquiryLocatedChild = false;
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

    /** Ground (i) of reg 9(1), condition by condition, as the record stands today; null before any fact is recorded. */
    public GroundIAdvice getGroundIAdvice() {
        Case theCase = casePage.getTheCase();
        MissingEducation facts = theCase == null ? null : theCase.missingEducation();
        if (facts == null) {
            return null;
        }
        return facts.groundIAdvice(LocalDate.now(org.pupilsupport.core.time.Clocks.ENGLAND), casePage.getRules().schoolDays(), theCase.enquiries());
    }

    public AbsenceRecording[] getAbsenceRecordings() {
        return AbsenceRecording.values();
    }

    public SchoolBelief[] getSchoolBeliefs() {
        return SchoolBelief.values();
    }

    public AbsenceRecording getAbsenceRecording() {
        return absenceRecording;
    }

    public void setAbsenceRecording(AbsenceRecording absenceRecording) {
        this.absenceRecording = absenceRecording;
    }

    public SchoolBelief getSchoolBelief() {
        return schoolBelief;
    }

    public void setSchoolBelief(SchoolBelief schoolBelief) {
        this.schoolBelief = schoolBelief;
    }

    public boolean isEnquiryLocatedChild() {
        return enquiryLocatedChild;
    }

    public void setEnquiryLocatedChild(boolean enquiryLocatedChild) {
        this.enquiryLocatedChild = enquiryLocatedChild;
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
