package org.pupilsupport.web.privacy;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.privacy.requests.DataProtectionRequests;
import org.pupilsupport.web.support.FormErrors;
import org.pupilsupport.web.support.OfficerDates;

/**
 * An officer logs a data protection request or complaint they received: the DPO then works it on the desk. The
 * children are found with the officer's own search (identifying fields only, as need to know allows).
 */
@Named
@ViewScoped
public class LogRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MATCHES_SHOWN = 20;

    @Inject
    DataProtectionRequests requests;

    @Inject
    ChildRegister children;

    private RequestForm form = new RequestForm();
    private String lookFor;
    private List<ChildSummary> matches = List.of();
    private String logged;

    public void find() {
        try {
            matches = lookFor == null || lookFor.isBlank() ? List.of() : children.search(lookFor, 0, MATCHES_SHOWN);
            if (matches.isEmpty()) {
                FormErrors.refused("lookFor", "No child on the borough's records matches: try the UPN or another spelling");
            }
        } catch (IllegalArgumentException refused) {
            FormErrors.refused("lookFor", refused.getMessage());
        }
    }

    public void choose(ChildSummary child) {
        form.choose(new RequestForm.ChosenChild(child.id(), describe(child)));
        matches = List.of();
        lookFor = null;
    }

    public void unchoose(String childId) {
        form.remove(childId);
    }

    public void log() {
        try {
            logged = requests.log(form.toCommand());
            form = new RequestForm();
        } catch (RuntimeException refused) {
            FormErrors.refused(refused);
        }
    }

    public String describe(ChildSummary child) {
        return child.forename() + " " + child.surname() + ", born " + OfficerDates.shown(child.dateOfBirth())
                + (child.upn() == null ? "" : ", UPN " + child.upn());
    }

    public RequestForm getForm() {
        return form;
    }

    public String getLookFor() {
        return lookFor;
    }

    public void setLookFor(String lookFor) {
        this.lookFor = lookFor;
    }

    public List<ChildSummary> getMatches() {
        return matches;
    }

    public String getLogged() {
        return logged;
    }
}
