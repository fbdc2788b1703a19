package org.pupilsupport.core.cases;

/**
 * The reasonable enquiries made to find a child missing education, as statutory guidance lists them. The
 * DfE's lost-pupil area (School2School) is the last step when nobody knows where the child went.
 */
public enum EnquiryKind {
    SCHOOL_CONTACTS("School's contacts with the family and friends"),
    HOME_VISIT("Home visit"),
    OTHER_LOCAL_AUTHORITIES("Other local authorities"),
    HEALTH("Health services"),
    POLICE("Police"),
    SOCIAL_CARE("Children's social care"),
    LOST_PUPIL_DATABASE("DfE lost-pupil area (School2School)");

    private final String label;

    EnquiryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
