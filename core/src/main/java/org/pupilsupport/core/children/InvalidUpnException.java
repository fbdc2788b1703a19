package org.pupilsupport.core.children;

/** A UPN failed validation; the message says what to check. */
public class InvalidUpnException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidUpnException(String message) {
        super(message);
    }
}
