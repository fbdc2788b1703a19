package org.pupilsupport.core.cases;

/**
 * Where a case is in its life. A notification arrives as REFERRED and waits for a senior officer to
 * allocate it; allocation opens it; closing needs an outcome; a closed case can be reopened with a reason.
 */
public enum CaseStatus {
    REFERRED("Awaiting allocation"),
    OPEN("Open"),
    CLOSED("Closed"),
    REOPENED("Reopened");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open or reopened: work is being done. */
    public boolean active() {
        return this == OPEN || this == REOPENED;
    }
}
