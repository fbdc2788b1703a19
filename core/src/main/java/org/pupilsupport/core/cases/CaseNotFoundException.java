package org.pupilsupport.core.cases;

/** No case with that reference in the acting borough: the answer for an unknown reference and for another borough's alike. */
public class CaseNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseNotFoundException(String reference) {
        super("No case " + reference + " in this borough");
    }
}
