package org.pupilsupport.core.cases;

/**
 * How the school recorded a missing child's absence. Ground (i) of PR 2024 reg 9(1) needs every session of
 * the 20 days recorded with a code of Table 3 in reg 10 that says the absence is unexplained: G (holiday not
 * granted), N (reason not yet established) or O (no other code applies). Any other code (illness,
 * authorised absence) means the ground cannot be used.
 */
public enum AbsenceRecording {
    ONLY_G_N_O("Only codes G, N or O"),
    OTHER_CODES("Other codes too (for example illness)");

    private final String label;

    AbsenceRecording(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
