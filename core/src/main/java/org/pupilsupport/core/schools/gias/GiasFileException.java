package org.pupilsupport.core.schools.gias;

/**
 * The file cannot be read as a GIAS establishment extract at all (as opposed to a single bad row, which is
 * rejected and reported while the rest carry on). The message tells an officer what is wrong and what to do.
 */
public class GiasFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GiasFileException(String message) {
        super(message);
    }
}
