package org.pupilsupport.core.schools.gias;

import java.io.Serializable;
import java.util.OptionalInt;

/**
 * How far a refresh has gone. A stream's row count is unknown until its end, so a progress bar follows the
 * bytes read against the file's size instead.
 *
 * @param rowsRead   rows read so far, rejected ones included (the heading row not)
 * @param bytesRead  bytes of the file read so far
 * @param totalBytes the file's size as the caller gave it, or a negative number if unknown
 * @param finished   whether every row has been read and applied
 */
public record RefreshProgress(long rowsRead, long bytesRead, long totalBytes, boolean finished) implements Serializable {

    /**
     * Percentage of the file read: 100 only once finished, since reading runs ahead of the rows applied;
     * empty if the file's size is unknown.
     */
    public OptionalInt percentDone() {
        if (finished) {
            return OptionalInt.of(100);
        }
        if (totalBytes <= 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.min(99, bytesRead * 100 / totalBytes));
    }
}
