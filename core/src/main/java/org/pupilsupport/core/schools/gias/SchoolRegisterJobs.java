package org.pupilsupport.core.schools.gias;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditContext;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantId;

/**
 * Refreshes the school register from an uploaded GIAS extract in the background, so the officer's page
 * stays responsive and shows a progress bar. One refresh at a time; the latest one's progress and report
 * stay available until the next starts. Each refresh is recorded in the installation's audit chain, the
 * register being shared by every borough.
 */
@ApplicationScoped
public class SchoolRegisterJobs {

    private static final Logger LOG = Logger.getLogger(SchoolRegisterJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Runner runner;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    private volatile JobStatus latest;

    /**
     * Where the latest refresh stands.
     *
     * @param progress null until the first batch is done
     * @param report   null until finished (or stopped part way, with what was done)
     * @param failure  the officer-readable reason it stopped, or null
     */
    public record JobStatus(String startedBy, Instant startedAt, String fileName, RefreshProgress progress, RefreshReport report,
                            String failure) implements Serializable {

        public boolean isRunning() {
            return report == null && failure == null;
        }

        JobStatus with(RefreshProgress now) {
            return new JobStatus(startedBy, startedAt, fileName, now, report, failure);
        }

        JobStatus finished(RefreshReport done, String why) {
            return new JobStatus(startedBy, startedAt, fileName, progress, done, why);
        }
    }

    /**
     * Starts a refresh from a file the caller saved; the job deletes it when done.
     *
     * @throws IllegalStateException if a refresh is already running
     */
    @Requires(Permission.ADMINISTER_INSTALLATION)
    public synchronized JobStatus start(Path upload, String fileName) throws IOException {
        if (latest != null && latest.isRunning()) {
            Files.deleteIfExists(upload);
            throw new IllegalStateException("The school register is already being refreshed. Wait for that refresh to finish, then try again.");
        }
        long size = Files.size(upload);
        String username = actor.username();
        latest = new JobStatus(username, clock.instant(), fileName, null, null, null);
        executor.submit(() -> runner.run(upload, size, fileName, username, this));
        return latest;
    }

    @Requires(Permission.ADMINISTER_INSTALLATION)
    public Optional<JobStatus> latest() {
        return Optional.ofNullable(latest);
    }

    void progressed(RefreshProgress progress) {
        latest = latest.with(progress);
    }

    void finished(RefreshReport report, String failure) {
        latest = latest.finished(report, failure);
    }

    /** Runs one refresh on a managed thread, in a request of its own, as the system administrator who started it. */
    @ApplicationScoped
    public static class Runner {

        @Inject
        SchoolRegisterRefresh refresh;

        @Inject
        Actor actor;

        @Inject
        AuditContext auditContext;

        @Inject
        ActingBorough actingBorough;

        @Inject
        Records records;

        @ActivateRequestContext
        public void run(Path upload, long size, String fileName, String username, SchoolRegisterJobs jobs) {
            actor.actAs(username, Set.of(), true);
            auditContext.actingAs(username, Set.of(SignedInOfficer.SYSTEM_ADMINISTRATOR_ROLE), null);
            actingBorough.actFor(TenantId.INSTALLATION);
            try (InputStream in = Files.newInputStream(upload)) {
                RefreshReport report = refresh.refresh(in, size, jobs::progressed);
                records.record(fileName, AuditOutcome.SUCCESS, report.summary());
                jobs.finished(report, null);
            } catch (GiasFileException unusable) {
                records.record(fileName, AuditOutcome.FAILED, unusable.getMessage());
                jobs.finished(null, unusable.getMessage());
            } catch (RefreshStoppedException stopped) {
                records.record(fileName, AuditOutcome.FAILED, stopped.getMessage() + " " + stopped.reportSoFar().summary());
                jobs.finished(stopped.reportSoFar(), stopped.getMessage());
            } catch (IOException | RuntimeException failed) {
                LOG.log(Level.WARNING, "School register refresh failed", failed);
                records.record(fileName, AuditOutcome.FAILED, "stopped: " + failed.getMessage());
                jobs.finished(null, "The refresh stopped unexpectedly; run it again with the same file. (" + failed.getMessage() + ")");
            } finally {
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException stuck) {
                    LOG.warning(() -> "Could not delete the uploaded extract " + upload + ": " + stuck.getMessage());
                }
            }
        }
    }

    /** The refresh's entry in the installation's audit chain, in a transaction of its own. */
    @ApplicationScoped
    public static class Records {

        @Inject
        AuditTrail audit;

        @Transactional
        public void record(String fileName, AuditOutcome outcome, String summary) {
            // The subject column holds 64 characters; a long upload name is cut, the summary says the rest.
            String subject = fileName == null ? null : fileName.length() > 64 ? fileName.substring(0, 64) : fileName;
            audit.record(AuditEvent.about(AuditAction.IMPORT, "school-register", subject, outcome).withDetails(summary));
        }
    }
}
