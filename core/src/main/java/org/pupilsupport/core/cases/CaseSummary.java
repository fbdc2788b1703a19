package org.pupilsupport.core.cases;

import java.time.LocalDate;

/** A case in a list: enough to recognise it and open it, nothing sensitive. */
public record CaseSummary(CaseReference reference, ServiceArea area, CaseStatus status, String childId, String childName, Integer schoolUrn,
                          LocalDate referredOn, String allocatedOfficer, CaseSource source) {

    static CaseSummary of(Case aCase, String childName) {
        return new CaseSummary(aCase.reference(), aCase.area(), aCase.status(), aCase.childId(), childName, aCase.schoolUrn(), aCase.referredOn(),
                aCase.allocatedOfficer(), aCase.source());
    }

    /** What the list calls the case's subject: the child's name, or the school for consultancy. */
    public String subject() {
        return childId == null ? "School " + schoolUrn : childName;
    }
}
