package org.pupilsupport.core.privacy;

/** The record is under legal hold: nothing may erase it until the hold is released. */
public class RecordHeldException extends RuntimeException {

    public RecordHeldException(String message) {
        super(message);
    }
}
