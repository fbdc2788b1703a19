package org.pupilsupport.core.audit;

import java.util.Arrays;

/** The measured runs of one query shape: how long they took and how many rows they found. */
final class QueryTimings {

    private final String shape;
    private final long[] nanos;
    private final long[] rows;
    private int runs;

    QueryTimings(String shape, int expectedRuns) {
        this.shape = shape;
        this.nanos = new long[expectedRuns];
        this.rows = new long[expectedRuns];
    }

    void add(long elapsedNanos, long rowsFound) {
        nanos[runs] = elapsedNanos;
        rows[runs] = rowsFound;
        runs++;
    }

    String shape() {
        return shape;
    }

    int runs() {
        return runs;
    }

    /** Nearest-rank percentile: a value some run actually took, never an interpolation. */
    double percentileMillis(double percent) {
        long[] sorted = Arrays.copyOf(nanos, runs);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * runs);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    double maxMillis() {
        return percentileMillis(100);
    }

    /** For a count, the counted number; for a page or list, the rows returned. */
    double averageRows() {
        return Arrays.stream(rows, 0, runs).average().orElse(0);
    }
}
