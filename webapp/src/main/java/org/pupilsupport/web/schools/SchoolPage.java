package org.pupilsupport.web.schools;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;

/**
 * One school: its register details (shared by every borough) and the acting borough's children on its
 * roll now. Another borough's children at the same school never show.
 */
@Named
@ViewScoped
public class SchoolPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolRegister schools;

    @Inject
    ChildRegister children;

    private Integer urn;
    private School school;
    private List<ChildSummary> onRoll = List.of();

    public void load() {
        school = urn == null ? null : schools.find(urn).orElse(null);
        if (school == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        onRoll = children.onRollAt(urn);
    }

    public School getSchool() {
        return school;
    }

    public List<ChildSummary> getOnRoll() {
        return onRoll;
    }

    public Integer getUrn() {
        return urn;
    }

    public void setUrn(Integer urn) {
        this.urn = urn;
    }
}
