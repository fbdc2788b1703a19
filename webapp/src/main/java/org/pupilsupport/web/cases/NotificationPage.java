package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.ExclusionCategory;
import org.pupilsupport.core.cases.NotificationKind;
import org.pupilsupport.core.cases.SchoolNotifications;
import org.pupilsupport.core.cases.SchoolNotifications.ChildAsNotified;
import org.pupilsupport.core.cases.SchoolNotifications.DeletionReturn;
import org.pupilsupport.core.cases.SchoolNotifications.MoveNotice;
import org.pupilsupport.core.cases.SchoolNotifications.Received;
import org.pupilsupport.core.children.RollDeletion;
import org.pupilsupport.core.cases.SchoolNotifications.SchoolNotification;
import org.pupilsupport.core.cases.SchoolNotifications.TimetableNotice;
import org.pupilsupport.core.reference.ReferenceCode;
import org.pupilsupport.core.reference.ReferenceData;
import org.pupilsupport.core.time.Clocks;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/**
 * Entering a school's return (deletion, suspension or exclusion, reduced timetable, managed move) as the
 * school sent it. The whole return is checked and saved at once: the child is found or recorded and a case
 * opened for allocation.
 */
@Named
@ViewScoped
public class NotificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolNotifications notifications;

    @Inject
    ReferenceData referenceData;

    private NotificationKind kind;
    private Integer schoolUrn;
    private LocalDate receivedOn = LocalDate.now(Clocks.ENGLAND);
    private String upn;
    private String forename;
    private String surname;
    private LocalDate dateOfBirth;
    private String note;
    private String ground;
    private LocalDate firstDayAbsent;
    private LocalDate deletedOn;
    private LocalDate homeEducationNoticeOn;
    private String parentName1;
    private String parentAddress1;
    private String parentPhone1;
    private String parentName2;
    private String parentAddress2;
    private String parentPhone2;
    private String newAddress;
    private String destinationLaCode;
    private Integer newSchoolUrn;
    private ExclusionCategory category;
    private LocalDate startDate;
    private BigDecimal lengthInSchoolDays;
    private String reason1;
    private String reason2;
    private String reason3;
    private boolean missesPublicExam;
    private BigDecimal hoursPerWeek;
    private BigDecimal fullTimeHoursPerWeek;
    private LocalDate timetableStart;
    private LocalDate plannedEndDate;
    private String timetableReason;
    private Integer receivingSchoolUrn;
    private LocalDate parentConsentOn;
    private LocalDate receivingSchoolConsentOn;
    private LocalDate moveStart;
    private LocalDate decisionDue;
    private String plan;
    private Received received;

    public void receive() {
        if (kind == null) {
            Messages.failed("Choose the kind of return");
            return;
        }
        SchoolNotification notification = new SchoolNotification(kind, schoolUrn, receivedOn, new ChildAsNotified(upn, forename, surname, dateOfBirth),
                note,
                kind == NotificationKind.DELETION ? new DeletionReturn(ground, deletedOn, firstDayAbsent, homeEducationNoticeOn,
                        List.of(new RollDeletion.Parent(parentName1, parentAddress1, parentPhone1), new RollDeletion.Parent(parentName2, parentAddress2,
                                parentPhone2)), newAddress, destinationLaCode, newSchoolUrn) : null,
                kind == NotificationKind.EXCLUSION ? new Casework.ExclusionNotice(category, startDate, lengthInSchoolDays,
                        Arrays.asList(reason1, reason2, reason3), receivedOn, missesPublicExam, false) : null,
                kind == NotificationKind.REDUCED_TIMETABLE ? new TimetableNotice(hoursPerWeek, fullTimeHoursPerWeek, timetableStart, plannedEndDate,
                        timetableReason) : null,
                kind == NotificationKind.MANAGED_MOVE ? new MoveNotice(receivingSchoolUrn, parentConsentOn, receivingSchoolConsentOn, moveStart,
                        decisionDue, plan) : null);
        try {
            received = notifications.receive(notification);
            String child = received.childNewlyRecorded() ? "; the child was new to the borough and has been recorded" : "";
            Messages.info(received.reference() == null
                    ? kind.label() + " return recorded on the child" + child + ". No case was opened: " + received.route().label() + "."
                    : kind.label() + " return received as case " + received.reference() + child + ". It awaits allocation.");
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused);
        }
    }

    public boolean isKind(String name) {
        return kind != null && kind.name().equals(name);
    }

    public NotificationKind[] getKinds() {
        return NotificationKind.values();
    }

    public List<ReferenceCode> getGrounds() {
        return referenceData.current(Casework.DELETION_GROUNDS);
    }

    public List<ReferenceCode> getReasons() {
        return referenceData.current(Casework.EXCLUSION_REASONS);
    }

    public ExclusionCategory[] getCategories() {
        return ExclusionCategory.values();
    }

    public Received getReceived() {
        return received;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public void setKind(NotificationKind kind) {
        this.kind = kind;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public void setSchoolUrn(Integer schoolUrn) {
        this.schoolUrn = schoolUrn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public String getForename() {
        return forename;
    }

    public void setForename(String forename) {
        this.forename = forename;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getGround() {
        return ground;
    }

    public void setGround(String ground) {
        this.ground = ground;
    }

    public LocalDate getFirstDayAbsent() {
        return firstDayAbsent;
    }

    public void setFirstDayAbsent(LocalDate firstDayAbsent) {
        this.firstDayAbsent = firstDayAbsent;
    }

    public LocalDate getDeletedOn() {
        return deletedOn;
    }

    public void setDeletedOn(LocalDate deletedOn) {
        this.deletedOn = deletedOn;
    }

    public LocalDate getHomeEducationNoticeOn() {
        return homeEducationNoticeOn;
    }

    public void setHomeEducationNoticeOn(LocalDate homeEducationNoticeOn) {
        this.homeEducationNoticeOn = homeEducationNoticeOn;
    }

    public String getParentName1() {
        return parentName1;
    }

    public void setParentName1(String parentName1) {
        this.parentName1 = parentName1;
    }

    public String getParentAddress1() {
        return parentAddress1;
    }

    public void setParentAddress1(String parentAddress1) {
        this.parentAddress1 = parentAddress1;
    }

    public String getParentPhone1() {
        return parentPhone1;
    }

    public void setParentPhone1(String parentPhone1) {
        this.parentPhone1 = parentPhone1;
    }

    public String getParentName2() {
        return parentName2;
    }

    public void setParentName2(String parentName2) {
        this.parentName2 = parentName2;
    }

    public String getParentAddress2() {
        return parentAddress2;
    }

    public void setParentAddress2(String parentAddress2) {
        this.parentAddress2 = parentAddress2;
    }

    public String getParentPhone2() {
        return parentPhone2;
    }

    public void setParentPhone2(String parentPhone2) {
        this.parentPhone2 = parentPhone2;
    }

    public String getNewAddress() {
        return newAddress;
    }

    public void setNewAddress(String newAddress) {
        this.newAddress = newAddress;
    }

    public String getDestinationLaCode() {
        return destinationLaCode;
    }

    public void setDestinationLaCode(String destinationLaCode) {
        this.destinationLaCode = destinationLaCode;
    }

    public Integer getNewSchoolUrn() {
        return newSchoolUrn;
    }

    public void setNewSchoolUrn(Integer newSchoolUrn) {
        this.newSchoolUrn = newSchoolUrn;
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

    public boolean isMissesPublicExam() {
        return missesPublicExam;
    }

    public void setMissesPublicExam(boolean missesPublicExam) {
        this.missesPublicExam = missesPublicExam;
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

    public LocalDate getTimetableStart() {
        return timetableStart;
    }

    public void setTimetableStart(LocalDate timetableStart) {
        this.timetableStart = timetableStart;
    }

    public LocalDate getPlannedEndDate() {
        return plannedEndDate;
    }

    public void setPlannedEndDate(LocalDate plannedEndDate) {
        this.plannedEndDate = plannedEndDate;
    }

    public String getTimetableReason() {
        return timetableReason;
    }

    public void setTimetableReason(String timetableReason) {
        this.timetableReason = timetableReason;
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

    public LocalDate getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(LocalDate moveStart) {
        this.moveStart = moveStart;
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
