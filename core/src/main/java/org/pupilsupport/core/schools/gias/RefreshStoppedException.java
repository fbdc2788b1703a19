package org.pupilsupport.core.schools.gias;

/**
 * A refresh that stopped part way. The batches committed before it stopped stay applied (the report
 * says what they did); running the refresh again with the same file finishes the job, since rows already
 * applied come out unchanged.
 */
public class RefreshStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RefreshReport reportSoFar;

    RefreshStoppedException(String message, RefreshReport reportSoFar, Throwable cause) {
        super(message, cause);
        this.reportSoFar = reportSoFar;
    }

    /** What the refresh did before it stopped; {@link RefreshReport#complete()} is false. */
    public RefreshReport reportSoFar() {
        return reportSoFar;
    }
}
