package org.pupilsupport.core.privacy.requests;

/** Who makes the request, in relation to the child it concerns. Stored by name: never rename a constant. */
public enum RequesterRole {
    CHILD("The child"),
    /**
     * A parent or carer on the child's behalf. The right is the child's: in England a child who understands it may
     * exercise it, so the child's competence is considered and recorded (ICO guidance on children's requests).
     */
    PARENT_OR_CARER("A parent or carer on the child's behalf"),
    /** Someone acting for the child or parent, such as a solicitor or advocate, with evidence of authority. */
    REPRESENTATIVE("A representative with written authority");

    private final String label;

    RequesterRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
