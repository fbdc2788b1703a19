package org.pupilsupport.core.privacy.requests;

/**
 * Whether the child understands the request made on their behalf, as considered by the service. In England and Wales
 * there is no fixed age (the ICO takes 12 as a reasonable guide); a competent child's own view decides whether a
 * parent acts for them. Stored by name: never rename a constant.
 */
public enum ChildCompetence {
    NOT_COMPETENT("The child is not able to understand the request: the parent or carer acts for them"),
    COMPETENT_AND_AGREES("The child understands the request and has agreed to the parent or carer making it"),
    COMPETENT_DOES_NOT_AGREE("The child understands the request and does not agree to it");

    private final String label;

    ChildCompetence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
