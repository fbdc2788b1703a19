package org.pupilsupport.core.cases;

/** The ways information reaches the service, as the privacy notice lists them. */
public enum ContactChannel {
    FACE_TO_FACE("Face to face"),
    ASSESSMENT_OR_REPORT("Assessment or report"),
    TELEPHONE("Telephone"),
    EMAIL("Email"),
    REFERRAL_OR_NOTIFICATION("Referral or notification"),
    VIDEO_CALL("Video call");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
