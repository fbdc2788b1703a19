package org.pupilsupport.web.children;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.Messages;

/**
 * Recording a child the service has not met before. Before saving it looks for records that may be the
 * same child (same UPN, or same name and date of birth) and offers to open one of them instead.
 */
@Named
@ViewScoped
public class NewChildPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildRegister children;

    private String forename;
    private String middleNames;
    private String surname;
    private LocalDate dateOfBirth;
    private String upn;
    private Integer schoolUrn;
    private LocalDate onRollSince;
    private List<ChildSummary> possibleDuplicates = List.of();
    private boolean duplicatesChecked;

    /** First press: checks for duplicates and warns; second press (after the warning): records the child. */
    public String record() {
        NewChild details = new NewChild(forename, middleNames, surname, dateOfBirth, upn, schoolUrn, onRollSince);
        try {
            if (!duplicatesChecked) {
                possibleDuplicates = children.possibleDuplicates(details);
                duplicatesChecked = true;
                if (!possibleDuplicates.isEmpty()) {
                    Messages.failed("This child may already be recorded: check the records below. Press \"Record the child\" again if none is the same child.");
                    return null;
                }
            }
            String id = children.register(details);
            return "/officer/child.xhtml?faces-redirect=true&id=" + id;
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            FormErrors.refused(refused);
            return null;
        }
    }

    /** Any change to the identifying fields means the duplicate check must run again. */
    private void identifyingFieldChanged() {
        duplicatesChecked = false;
        possibleDuplicates = List.of();
    }

    public List<ChildSummary> getPossibleDuplicates() {
        return possibleDuplicates;
    }

    public String getForename() {
        return forename;
    }

    public void setForename(String forename) {
        if (!java.util.Objects.equals(this.forename, forename)) {
            identifyingFieldChanged();
        }
        this.forename = forename;
    }

    public String getMiddleNames() {
        return middleNames;
    }

    public void setMiddleNames(String middleNames) {
        this.middleNames = middleNames;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        if (!java.util.Objects.equals(this.surname, surname)) {
            identifyingFieldChanged();
        }
        this.surname = surname;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        if (!java.util.Objects.equals(this.dateOfBirth, dateOfBirth)) {
            identifyingFieldChanged();
        }
        this.dateOfBirth = dateOfBirth;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        if (!java.util.Objects.equals(this.upn, upn)) {
            identifyingFieldChanged();
        }
        this.upn = upn;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public void setSchoolUrn(Integer schoolUrn) {
        this.schoolUrn = schoolUrn;
    }

    public LocalDate getOnRollSince() {
        return onRollSince;
    }

    public void setOnRollSince(LocalDate onRollSince) {
        this.onRollSince = onRollSince;
    }
}
