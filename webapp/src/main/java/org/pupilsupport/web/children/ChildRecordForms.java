package org.pupilsupport.web.children;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.children.CarerContact;
import org.pupilsupport.core.children.CarerRelationship;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.EnrolmentStatus;
import org.pupilsupport.core.children.ReasonRequiredException;
import org.pupilsupport.core.children.SenProvision;
import org.pupilsupport.core.children.Sex;
import org.pupilsupport.core.reference.ReferenceCode;
import org.pupilsupport.core.reference.ReferenceData;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/**
 * The forms that change a child's record, section by section: personal details and UPN, home address,
 * parents and carers, schools and SEN. Each form posts alone; the register validates, records the change
 * in the trail and the record's history, and hands back the record to show.
 */
@Named
@ViewScoped
public class ChildRecordForms implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The parent-or-carer form's inputs whose ids differ from the core's field names. */
    private static final Map<String, String> CONTACT_INPUTS = Map.of("address", "contactAddress");

    @Inject
    ChildPage page;

    @Inject
    ChildRegister children;

    @Inject
    ReferenceData referenceData;

    // Personal details
    private String forename;
    private String middleNames;
    private String surname;
    private String preferredForename;
    private String preferredSurname;
    private LocalDate dateOfBirth;
    private Sex sex;
    private String ethnicityCode;
    private String newUpn;

    // Home address
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private LocalDate movedIn;

    // Parent or carer being added or edited (null id: adding)
    private String contactId;
    private String contactName;
    private CarerRelationship relationship;
    private boolean parentalResponsibility;
    private boolean livesWith;
    private String phone;
    private String otherPhone;
    private String email;
    private String contactAddress;
    private boolean editingContact;

    // Schools and SEN
    private Integer schoolUrn;
    private EnrolmentStatus enrolmentStatus = EnrolmentStatus.CURRENT_SINGLE;
    private LocalDate joined;
    private LocalDate leavingDate;
    private SenProvision senProvision;
    private LocalDate senFrom;

    /** Fills the personal-details form from the record, for editing. */
    public void editPersonalDetails() {
        Child child = page.getChild();
        forename = child.legalName().forename();
        middleNames = child.legalName().middleNames();
        surname = child.legalName().surname();
        preferredForename = child.preferredForename();
        preferredSurname = child.preferredSurname();
        dateOfBirth = child.dateOfBirth();
        sex = child.sex();
        ethnicityCode = child.ethnicityCode();
    }

    public void savePersonalDetails() {
        save(() -> children.updatePersonalDetails(page.getId(), new ChildRegister.PersonalDetails(forename, middleNames, surname,
                preferredForename, preferredSurname, dateOfBirth, sex, ethnicityCode)), "Personal details saved");
    }

    public void saveUpn() {
        if (save(() -> children.replaceUpn(page.getId(), newUpn), "UPN changed", Map.of(), "newUpn")) {
            newUpn = null;
        }
    }

    public void saveMove() {
        if (save(() -> children.moveHome(page.getId(), new ChildRegister.NewAddress(addressLine1, addressLine2, town, postcode, movedIn)),
                "New address saved; the previous one is kept in the history")) {
            addressLine1 = null;
            addressLine2 = null;
            town = null;
            postcode = null;
            movedIn = null;
        }
    }

    public void newContact() {
        fillContact(null, new CarerContact.Details(null, null, false, false, null, null, null, null));
    }

    public void editContact(String id) {
        fillContact(id, page.getChild().contact(id).details());
    }

    private void fillContact(String id, CarerContact.Details details) {
        editingContact = true;
        contactId = id;
        contactName = details.name();
        relationship = details.relationship();
        parentalResponsibility = details.parentalResponsibility();
        livesWith = details.livesWith();
        phone = details.phone();
        otherPhone = details.otherPhone();
        email = details.email();
        contactAddress = details.address();
    }

    public void saveContact() {
        CarerContact.Details details = new CarerContact.Details(contactName, relationship, parentalResponsibility, livesWith,
                phone, otherPhone, email, contactAddress);
        boolean saved = contactId == null
                ? save(() -> children.addContact(page.getId(), details), "Parent or carer added", CONTACT_INPUTS)
                : save(() -> children.updateContact(page.getId(), contactId, details), "Parent or carer updated", CONTACT_INPUTS);
        if (saved) {
            contactName = null;
            contactId = null;
            editingContact = false;
        }
    }

    public void removeContact(String id) {
        save(() -> children.removeContact(page.getId(), id), "Parent or carer removed");
    }

    public void saveEnrolment() {
        if (schoolUrn == null) {
            FormErrors.refused("schoolUrn", "Enter the school's URN");
            return;
        }
        if (save(() -> children.enrol(page.getId(), schoolUrn, enrolmentStatus, joined), "Enrolment saved",
                Map.of("schoolUrn", "urn", "onRollSince", "joined"), null)) {
            schoolUrn = null;
            joined = null;
        }
    }

    public void leaveSchool(String enrolmentId) {
        if (leavingDate == null) {
            Messages.failed("Enter the last day on the school's roll, then press Left");
            return;
        }
        if (save(() -> children.leaveSchool(page.getId(), enrolmentId, leavingDate), "Leaving date saved", Map.of(), "leavingDate")) {
            leavingDate = null;
        }
    }

    public void saveSenProvision() {
        if (save(() -> children.recordSenProvision(page.getId(), senProvision, senFrom), "SEN provision saved", Map.of("from", "senFrom"), null)) {
            senProvision = null;
            senFrom = null;
        }
    }

    /** Runs a change; shows the record it leaves, or the officer-readable reason nothing changed. */
    private boolean save(Supplier<Child> change, String done) {
        return save(change, done, Map.of());
    }

    /** @param inputIdsByField input ids for the core's field names that differ from them */
    private boolean save(Supplier<Child> change, String done, Map<String, String> inputIdsByField) {
        return save(change, done, inputIdsByField, null);
    }

    /**
     * @param inputOfTheWholeChange the input a refusal naming no field belongs to, for a change made through one
     *                              input (a UPN, a leaving date); null when it has none
     */
    private boolean save(Supplier<Child> change, String done, Map<String, String> inputIdsByField, String inputOfTheWholeChange) {
        try {
            page.showChanged(change.get());
            Messages.info(done);
            return true;
        } catch (org.pupilsupport.core.validation.InvalidCommandException invalid) {
            FormErrors.refused(invalid, inputIdsByField);
        } catch (IllegalArgumentException invalid) {
            if (inputOfTheWholeChange != null) {
                FormErrors.refused(inputOfTheWholeChange, invalid.getMessage());
            } else {
                FormErrors.refused(invalid, inputIdsByField);
            }
        } catch (ReasonRequiredException | AccessDeniedException | ChildNotFoundException refused) {
            FormErrors.refused(refused);
        }
        return false;
    }

    public List<ReferenceCode> getEthnicities() {
        return referenceData.current(ReferenceData.ETHNICITY);
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public CarerRelationship[] getRelationships() {
        return CarerRelationship.values();
    }

    public EnrolmentStatus[] getEnrolmentStatuses() {
        return EnrolmentStatus.values();
    }

    public SenProvision[] getSenProvisions() {
        return SenProvision.values();
    }

    public boolean isEditingContact() {
        return editingContact;
    }

    // Accessors for the forms

    public String getForename() { return forename; }
    public void setForename(String forename) { this.forename = forename; }
    public String getMiddleNames() { return middleNames; }
    public void setMiddleNames(String middleNames) { this.middleNames = middleNames; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public String getPreferredForename() { return preferredForename; }
    public void setPreferredForename(String preferredForename) { this.preferredForename = preferredForename; }
    public String getPreferredSurname() { return preferredSurname; }
    public void setPreferredSurname(String preferredSurname) { this.preferredSurname = preferredSurname; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public String getEthnicityCode() { return ethnicityCode; }
    public void setEthnicityCode(String ethnicityCode) { this.ethnicityCode = ethnicityCode; }
    public String getNewUpn() { return newUpn; }
    public void setNewUpn(String newUpn) { this.newUpn = newUpn; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String addressLine2) { this.addressLine2 = addressLine2; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public LocalDate getMovedIn() { return movedIn; }
    public void setMovedIn(LocalDate movedIn) { this.movedIn = movedIn; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public CarerRelationship getRelationship() { return relationship; }
    public void setRelationship(CarerRelationship relationship) { this.relationship = relationship; }
    public boolean isParentalResponsibility() { return parentalResponsibility; }
    public void setParentalResponsibility(boolean parentalResponsibility) { this.parentalResponsibility = parentalResponsibility; }
    public boolean isLivesWith() { return livesWith; }
    public void setLivesWith(boolean livesWith) { this.livesWith = livesWith; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getOtherPhone() { return otherPhone; }
    public void setOtherPhone(String otherPhone) { this.otherPhone = otherPhone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getContactAddress() { return contactAddress; }
    public void setContactAddress(String contactAddress) { this.contactAddress = contactAddress; }
    public Integer getSchoolUrn() { return schoolUrn; }
    public void setSchoolUrn(Integer schoolUrn) { this.schoolUrn = schoolUrn; }
    public EnrolmentStatus getEnrolmentStatus() { return enrolmentStatus; }
    public void setEnrolmentStatus(EnrolmentStatus enrolmentStatus) { this.enrolmentStatus = enrolmentStatus; }
    public LocalDate getJoined() { return joined; }
    public void setJoined(LocalDate joined) { this.joined = joined; }
    public LocalDate getLeavingDate() { return leavingDate; }
    public void setLeavingDate(LocalDate leavingDate) { this.leavingDate = leavingDate; }
    public SenProvision getSenProvision() { return senProvision; }
    public void setSenProvision(SenProvision senProvision) { this.senProvision = senProvision; }
    public LocalDate getSenFrom() { return senFrom; }
    public void setSenFrom(LocalDate senFrom) { this.senFrom = senFrom; }
}
