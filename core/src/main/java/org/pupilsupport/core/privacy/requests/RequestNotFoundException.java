package org.pupilsupport.core.privacy.requests;

/** No request with this reference in the acting borough (the same answer if it belongs to another borough). */
public class RequestNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestNotFoundException(String reference) {
        super("No data protection request " + reference + " in this borough");
    }
}
