package org.pupilsupport.core.cases;

/** What a school asked the service's advice on. */
public enum ConsultancyTopic {
    BEHAVIOUR("Behaviour"),
    INCLUSION("Inclusion"),
    SEN("Special educational needs"),
    ATTENDANCE("Attendance");

    private final String label;

    ConsultancyTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
