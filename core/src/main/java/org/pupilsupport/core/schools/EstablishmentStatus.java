package org.pupilsupport.core.schools;

import java.util.Locale;

/**
 * Where an establishment stands in the DfE register. GIAS publishes the status as text; the register keeps
 * that text as published (see {@link SchoolDetails#statusName()}) and this enum reads it, so a status the
 * DfE adds one day is kept and shown rather than refusing the whole row. Such a status reads as
 * {@link #OTHER}.
 */
public enum EstablishmentStatus {
    OPEN("Open"),
    /** Still open, with a published proposal to close: children on its roll will need another school. */
    OPEN_BUT_PROPOSED_TO_CLOSE("Open, but proposed to close"),
    /** Not open yet: no child can be on its roll. */
    PROPOSED_TO_OPEN("Proposed to open"),
    /** Kept in the register for ever: children's histories refer to closed schools. */
    CLOSED("Closed"),
    /** A status GIAS may publish that this code does not know yet. */
    OTHER(null);

    private final String giasText;

    EstablishmentStatus(String giasText) {
        this.giasText = giasText;
    }

    /** The wording GIAS uses, or null for {@link #OTHER}. */
    public String giasText() {
        return giasText;
    }

    /**
     * Reads GIAS's wording leniently: case, spacing and punctuation are ignored, so "Open but proposed to
     * close" and "Open, but proposed to close" are the same status.
     */
    public static EstablishmentStatus fromGiasText(String text) {
        if (text == null) {
            return OTHER;
        }
        String letters = lettersOnly(text);
        for (EstablishmentStatus status : values()) {
            if (status.giasText != null && lettersOnly(status.giasText).equals(letters)) {
                return status;
            }
        }
        return OTHER;
    }

    private static String lettersOnly(String text) {
        return text.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }
}
