package org.pupilsupport.core.cases;

/** What an independent review panel may decide on a permanent exclusion (2012 Regulations, reg 7). */
public enum ReviewPanelDecision {
    UPHELD("Upheld the board's decision"),
    RECOMMENDED_RECONSIDERATION("Recommended the board reconsiders"),
    QUASHED_AND_DIRECTED_RECONSIDERATION("Quashed the decision and directed the board to reconsider");

    private final String label;

    ReviewPanelDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
