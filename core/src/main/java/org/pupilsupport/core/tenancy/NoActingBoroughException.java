package org.pupilsupport.core.tenancy;

/** Borough data was touched with no acting borough chosen: refused rather than guessed. */
public class NoActingBoroughException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoActingBoroughException() {
        super("No acting borough is set for this request: choose a borough before working with its data");
    }
}
