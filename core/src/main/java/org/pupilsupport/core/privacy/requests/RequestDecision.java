package org.pupilsupport.core.privacy.requests;

/** What the DPO decided on a request. Stored by name: never rename a constant. */
public enum RequestDecision {
    GRANTED("Granted"),
    PARTLY_GRANTED("Partly granted"),
    /** Refused, with the reasons and the requester told of their right to complain to the ICO (Art 12(4)). */
    REFUSED("Refused"),
    WITHDRAWN("Withdrawn by the requester"),
    /** Closed because clarification was asked for and never came. */
    CLOSED_WITHOUT_ANSWER("Closed: no answer to the request for clarification");

    private final String label;

    RequestDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether there is something to carry out (erase, restrict, correct) after the decision. */
    public boolean grantsSomething() {
        return this == GRANTED || this == PARTLY_GRANTED;
    }
}
