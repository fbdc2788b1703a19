package org.pupilsupport.core.cases;

/** How the service came to know of the case. */
public enum CaseSource {
    SCHOOL_NOTIFICATION("School notification"),
    REFERRAL("Referral (another service or agency)"),
    OTHER_LOCAL_AUTHORITY("Another local authority"),
    PARENT("Parent or carer"),
    SELF_IDENTIFIED("Identified by the service");

    private final String label;

    CaseSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
