package org.pupilsupport.web.schools;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.pupilsupport.core.cases.CaseSummary;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolDetails;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.web.security.OfficerSession;

/**
 * One school: its register details (shared by every borough), the acting borough's children on its roll
 * now and, for officers who work on cases, the borough's active cases at the school (consultancy included).
 * Another borough's children and cases at the same school never show.
 */
@Named
@ViewScoped
public class SchoolPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolRegister schools;

    @Inject
    ChildRegister children;

    @Inject
    Casework casework;

    @Inject
    OfficerSession session;

    private Integer urn;
    private School school;
    private List<ChildSummary> onRoll = List.of();
    private List<CaseSummary> activeCases = List.of();

    public void load() {
        school = urn == null ? null : schools.find(urn).orElse(null);
        if (school == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        onRoll = children.onRollAt(urn);
        // Officers who may find schools but not work on cases see the school without its casework.
        activeCases = session.may("WORK_ON_CASES") ? casework.activeAtSchool(urn) : List.of();
    }

    public School getSchool() {
        return school;
    }

    public List<ChildSummary> getOnRoll() {
        return onRoll;
    }

    /** The acting borough's open and reopened cases at this school; empty for officers who do not work on cases. */
    public List<CaseSummary> getActiveCases() {
        return activeCases;
    }

    public Integer getUrn() {
        return urn;
    }

    public void setUrn(Integer urn) {
        this.urn = urn;
    }

    // ---- GIAS facts as officers read them: a value GIAS does not give reads "Not known", never a blank

    static final String NOT_KNOWN = "Not known";

    public String getAges() {
        SchoolDetails details = school == null ? null : school.details();
        if (details == null || details.statutoryLowAge() == null || details.statutoryHighAge() == null) {
            return NOT_KNOWN;
        }
        return details.statutoryLowAge() + " to " + details.statutoryHighAge();
    }

    public String getAddress() {
        SchoolDetails details = school == null ? null : school.details();
        if (details == null) {
            return NOT_KNOWN;
        }
        String address = Stream.of(details.street(), details.locality(), details.town(), details.postcode())
                .filter(part -> part != null && !part.isBlank()).map(String::strip).collect(Collectors.joining(", "));
        return address.isEmpty() ? NOT_KNOWN : address;
    }

    public String getPupils() {
        SchoolDetails details = school == null ? null : school.details();
        return details == null || details.numberOfPupils() == null ? NOT_KNOWN : String.valueOf(details.numberOfPupils());
    }
}
