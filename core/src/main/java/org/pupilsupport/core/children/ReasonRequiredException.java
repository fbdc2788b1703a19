package org.pupilsupport.core.children;

/** The child is not known to the acting officer's teams and no reason has been given to open the record. */
public class ReasonRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String childId;

    public ReasonRequiredException(String childId) {
        this(childId, "Child " + childId + " is not known to your teams: open the record giving a reason first");
    }

    /** @param message what the officer is asked for, in words */
    public ReasonRequiredException(String childId, String message) {
        super(message);
        this.childId = childId;
    }

    /** The child whose record must be opened with a reason first. */
    public String childId() {
        return childId;
    }
}
