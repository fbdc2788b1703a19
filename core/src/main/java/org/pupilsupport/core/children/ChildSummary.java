package org.pupilsupport.core.children;

import java.time.LocalDate;

/** The identifying fields of a child shown in search results and lists. */
public record ChildSummary(String id, String surname, String forename, LocalDate dateOfBirth, String upn, String schoolName,
                           boolean knownToMe) {

    /** @param knownToMe whether the searching officer may open the full record without giving a reason */
    static ChildSummary of(Child child, boolean knownToMe) {
        return new ChildSummary(child.id(), child.legalName().surname(), child.legalName().forename(), child.dateOfBirth(),
                child.upn() == null ? null : child.upn().value(), child.school() == null ? null : child.school().name(), knownToMe);
    }
}
