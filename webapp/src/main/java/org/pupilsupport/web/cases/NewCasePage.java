package org.pupilsupport.web.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pupilsupport.core.access.AccessDeniedException;
import org.pupilsupport.core.cases.CaseReference;
import org.pupilsupport.core.cases.CaseSource;
import org.pupilsupport.core.cases.Casework;
import org.pupilsupport.core.cases.Casework.NewChildCase;
import org.pupilsupport.core.cases.ServiceArea;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.time.Clocks;
import org.pupilsupport.web.support.FormErrors;

/**
 * Recording a notification or referral as a new case: for a child (from the child's page) or, for
 * consultancy, for a school (from the school's page). The area's own facts are entered on the case next.
 */
@Named
@ViewScoped
public class NewCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Casework casework;

    private String childId;
    private Integer schoolUrn;
    private ServiceArea area;
    private CaseSource source;
    private LocalDate referredOn = LocalDate.now(Clocks.ENGLAND);
    private String summary;
    private boolean takeIt = true;

    public String record() {
        try {
            CaseReference reference;
            if (isForSchool()) {
                reference = casework.recordSchoolConsultancy(schoolUrn, source, referredOn, summary, takeIt);
            } else {
                reference = casework.recordChildCase(new NewChildCase(area, childId, schoolUrn, source, referredOn, summary, takeIt));
            }
            return "/officer/case.xhtml?faces-redirect=true&ref=" + reference;
        } catch (IllegalArgumentException | ChildNotFoundException | AccessDeniedException refused) {
            FormErrors.refused(refused);
            return null;
        }
    }

    /** Consultancy is the only kind of case recorded against a school. */
    public boolean isForSchool() {
        return (childId == null || childId.isBlank()) && schoolUrn != null;
    }

    public List<ServiceArea> getAreas() {
        return Arrays.stream(ServiceArea.values()).filter(candidate -> !candidate.aboutASchool()).toList();
    }

    public CaseSource[] getSources() {
        return CaseSource.values();
    }

    public String getChildId() {
        return childId;
    }

    public void setChildId(String childId) {
        this.childId = childId;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public void setSchoolUrn(Integer schoolUrn) {
        this.schoolUrn = schoolUrn;
    }

    public ServiceArea getArea() {
        return area;
    }

    public void setArea(ServiceArea area) {
        this.area = area;
    }

    public CaseSource getSource() {
        return source;
    }

    public void setSource(CaseSource source) {
        this.source = source;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isTakeIt() {
        return takeIt;
    }

    public void setTakeIt(boolean takeIt) {
        this.takeIt = takeIt;
    }
}
