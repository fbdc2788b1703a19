package org.pupilsupport.core.privacy.requests;

/** How a request reached the service. A request needs no form and may be made orally. Stored by name. */
public enum RequestChannel {
    LETTER("Letter"),
    EMAIL("Email"),
    TELEPHONE("Telephone"),
    FACE_TO_FACE("Face to face"),
    VIDEO_CALL("Video call"),
    WEB_FORM("The council's web form"),
    SOCIAL_MEDIA("Social media message");

    private final String label;

    RequestChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
