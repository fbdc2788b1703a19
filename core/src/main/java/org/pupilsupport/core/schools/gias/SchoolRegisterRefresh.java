package org.pupilsupport.core.schools.gias;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.schools.School;

/**
 * Loads or refreshes the school register from a GIAS establishment extract: adds the schools it lacks,
 * updates those that changed (closures included, since a full extract lists closed schools with status
 * Closed), and reports what it did. It never removes a school, as children's records refer to schools
 * that have since closed, and it leaves invented schools (demo data) alone.
 *
 * <h2>Transactions</h2>
 * The rows are applied {@value #ROWS_PER_TRANSACTION} at a time, each batch committing in a transaction of
 * its own ({@link SchoolRegisterBatches}), while the file is read outside any transaction. One transaction
 * for 50,000 rows would hold every school in memory, could outlast the server's transaction timeout (two
 * minutes by default on Liberty), and on Derby, which turns row locks into a table lock past 5,000 rows,
 * would lock the school table, which recording a child reads, for the whole load.
 * The price is that a failure part way leaves the batches before it applied. That is safe for reference
 * data: every row says the whole truth about its school, so the register is never inconsistent, only
 * partly refreshed; and running the refresh again with the same file completes it, the rows already
 * applied coming out unchanged. {@link RefreshStoppedException} says this to the caller, with a report of
 * what was done.
 *
 * <h2>Audit</h2>
 * Nothing here writes to the audit trail: the trail is kept per borough, and the register belongs to the
 * whole installation. The caller records the returned report (its {@link RefreshReport#summary()}), or
 * the exception, against the officer who ran the refresh.
 */
@ApplicationScoped
public class SchoolRegisterRefresh {

    static final int ROWS_PER_TRANSACTION = 500;

    private static final Logger LOG = Logger.getLogger(SchoolRegisterRefresh.class.getName());

    @Inject
    SchoolRegisterBatches batches;

    @Inject
    Clock clock;

    /** Rows per batch: a field so a test can make batches small. */
    int rowsPerTransaction = ROWS_PER_TRANSACTION;

    // One server runs the application: two refreshes at once would only race each other to add the same schools.
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * Reads the extract and applies it to the register, telling the listener how far it has got after each
     * batch. Runs outside any transaction of the caller's, which it suspends, so that each batch commits on
     * its own. To cancel, interrupt the thread: the refresh stops before its next batch.
     *
     * @param extract     the GIAS CSV as uploaded; the caller closes it
     * @param sizeInBytes the file's size, for the progress bar, or a negative number if unknown
     * @return what the refresh did, for the caller to show and to record in the audit trail
     * @throws GiasFileException        if the file is empty or lacks a required column; nothing was changed
     * @throws RefreshStoppedException  if reading or applying failed part way, with what was done before
     * @throws IllegalStateException    if another refresh is running
     */
    @Requires(Permission.ADMINISTER_INSTALLATION)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RefreshReport refresh(InputStream extract, long sizeInBytes, RefreshProgressListener listener) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("The school register is already being refreshed. Wait for that refresh to finish, then try again.");
        }
        try {
            return refreshAlone(extract, sizeInBytes, listener);
        } finally {
            running.set(false);
        }
    }

    private RefreshReport refreshAlone(InputStream extract, long sizeInBytes, RefreshProgressListener listener) {
        Instant refreshedAt = clock.instant();
        GiasExtractReader reader;
        try {
            reader = GiasExtractReader.open(extract);
        } catch (IOException unreadable) {
            throw new RefreshStoppedException("The file could not be read (" + unreadable.getMessage() + "). Nothing was changed.",
                    new RefreshTally(refreshedAt, GiasExtractReader.GIAS_CHARSET, Set.of()).report(false), unreadable);
        }
        Run run = new Run(reader, new RefreshTally(refreshedAt, reader.charset(), reader.fieldsNotInFile()), refreshedAt, sizeInBytes, listener);
        try {
            for (GiasRow row = reader.next(); row != null; row = reader.next()) {
                run.take(row);
            }
            run.applyBatch();
        } catch (IOException | RuntimeException failed) {
            throw run.stopped(failed);
        }
        listener.progressed(new RefreshProgress(run.tally.rowsRead(), reader.bytesRead(), sizeInBytes, true));
        return run.tally.report(true);
    }

    /** One refresh under way: the rows waiting to be applied and what has been done so far. */
    private final class Run {
        final GiasExtractReader reader;
        final RefreshTally tally;
        final Instant refreshedAt;
        final long sizeInBytes;
        final RefreshProgressListener listener;
        final List<GiasRow.Establishment> batch = new ArrayList<>(rowsPerTransaction);
        // A URN and its first line: about 50,000 entries for a full extract, a few megabytes.
        final Map<Integer, Long> lineOfUrn = new HashMap<>();
        long lastLineRead = 1;
        long lastLineApplied;

        Run(GiasExtractReader reader, RefreshTally tally, Instant refreshedAt, long sizeInBytes, RefreshProgressListener listener) {
            this.reader = reader;
            this.tally = tally;
            this.refreshedAt = refreshedAt;
            this.sizeInBytes = sizeInBytes;
            this.listener = listener;
        }

        void take(GiasRow row) {
            lastLineRead = row.line();
            tally.rowRead();
            if (row instanceof GiasRow.Rejected rejected) {
                tally.rejected(rejected);
            } else if (row instanceof GiasRow.Establishment establishment) {
                GiasRow.Rejected refused = refusal(establishment);
                if (refused == null) {
                    batch.add(establishment);
                } else {
                    tally.rejected(refused);
                }
            }
            if (batch.size() == rowsPerTransaction) {
                applyBatch();
            }
        }

        /** A row the register must not take although its details are sound, or null if it may. */
        private GiasRow.Rejected refusal(GiasRow.Establishment row) {
            String urn = String.valueOf(row.urn());
            if (School.isInvented(row.urn())) {
                return new GiasRow.Rejected(row.line(), urn, "URNs from " + School.FIRST_INVENTED_URN
                        + " up are kept for invented (demo) schools, which GIAS does not publish, so this row was left out");
            }
            Long firstLine = lineOfUrn.putIfAbsent(row.urn(), row.line());
            if (firstLine != null) {
                return new GiasRow.Rejected(row.line(), urn, "The URN appears again: the row on line " + firstLine + " was used");
            }
            return null;
        }

        void applyBatch() {
            if (Thread.currentThread().isInterrupted()) {
                throw new RefreshCancelled();
            }
            if (!batch.isEmpty()) {
                tally.applied(batches.apply(List.copyOf(batch), reader.fieldsNotInFile(), refreshedAt));
                batch.clear();
                lastLineApplied = lastLineRead;
            }
            listener.progressed(new RefreshProgress(tally.rowsRead(), reader.bytesRead(), sizeInBytes, false));
        }

        RefreshStoppedException stopped(Exception failed) {
            String what;
            if (failed instanceof RefreshCancelled) {
                what = "The refresh was cancelled at line " + lastLineRead + ".";
            } else if (failed instanceof GiasFileException unreadable) {
                what = unreadable.getMessage();
            } else if (failed instanceof IOException) {
                what = "The file stopped arriving at line " + lastLineRead + " (" + failed.getMessage() + ").";
            } else {
                LOG.log(Level.WARNING, "School register refresh failed after line " + lastLineApplied, failed);
                what = "The register could not be updated with the rows after line " + lastLineApplied + " (the server log has the details).";
            }
            String done = lastLineApplied == 0 ? "Nothing was changed."
                    : "The rows up to line " + lastLineApplied + " were applied: run the refresh again with the same file to finish it.";
            return new RefreshStoppedException(what + " " + done, tally.report(false), failed);
        }
    }

    /** The thread was interrupted: the caller asked for the refresh to stop. */
    private static final class RefreshCancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefreshCancelled() {
            super("cancelled", null, false, false);
        }
    }
}
