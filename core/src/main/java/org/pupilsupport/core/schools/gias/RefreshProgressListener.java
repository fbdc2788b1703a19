package org.pupilsupport.core.schools.gias;

/**
 * Told how a refresh is going: after each batch of rows is committed, and once at the end. Called on the
 * thread doing the refresh, so it should only record the figures (for a progress bar to poll) and return.
 * An exception it throws stops the refresh, like any other failure.
 */
@FunctionalInterface
public interface RefreshProgressListener {

    /** For a caller with no progress to show. */
    RefreshProgressListener IGNORE = progress -> {
    };

    void progressed(RefreshProgress progress);
}
