package org.pupilsupport.web.privacy;

import java.util.List;

import org.pupilsupport.core.audit.AuditTrailNames;
import org.pupilsupport.core.audit.AuditTrailNames.ChildChoice;
import org.pupilsupport.web.support.FormErrors;

/** The DPO's search for a child by name or UPN on the desk's pages, with its refusal shown beside the search box. */
final class ChildLookup {

    private ChildLookup() {
    }

    /** The matches, or none with the reason marked on the input {@code lookFor}. */
    static List<ChildChoice> find(AuditTrailNames names, String lookFor) {
        try {
            List<ChildChoice> matches = names.childrenMatching(lookFor);
            if (matches.isEmpty()) {
                FormErrors.refused("lookFor", "No child on the borough's records matches: try the UPN or another spelling");
            }
            return matches;
        } catch (IllegalArgumentException refused) {
            FormErrors.refused("lookFor", refused.getMessage());
            return List.of();
        }
    }
}
