package org.pupilsupport.core.privacy;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditContext;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.officers.BoroughRole;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.Tenant;
import org.pupilsupport.core.tenancy.TenantDirectory;
import org.pupilsupport.core.tenancy.TenantEntityManagers;
import org.pupilsupport.core.tenancy.TenantId;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Carries out a run's approved disposals on a managed thread, as the DPO who approved them, a batch at a time: each
 * batch erases its records and marks their items done in one transaction, so a crash leaves a batch whole or not at
 * all, and a restart (at start-up for runs left running) takes up the items not yet done.
 */
@ApplicationScoped
public class DisposalRunner {

    /** Records per transaction: small enough that a failure loses little work, large enough to keep commits few. */
    static final int BATCH = 25;

    /** Rows per transaction for a line swept by date: each row is one small update or delete. */
    static final int SWEEP_BATCH = 500;

    private static final Logger LOG = Logger.getLogger(DisposalRunner.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Work work;

    @Inject
    TenantDirectory tenants;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Actor actor;

    void start(TenantId borough, String runId, String approver) {
        executor.submit(() -> work.run(borough, runId, approver));
    }

    /** At start-up: takes up every run a stop or crash left running, in every borough. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public void resumeInterrupted() {
        actor.actAsSystem();
        for (Tenant tenant : tenants.all()) {
            actingBorough.actFor(tenant.id());
            for (Object[] run : work.running()) {
                LOG.info(() -> "Taking up disposal run " + run[0] + " of " + tenant.displayName() + " where it stopped");
                start(tenant.id(), (String) run[0], (String) run[1]);
            }
        }
    }

    /** One run's work, in a request context of its own. */
    @ApplicationScoped
    public static class Work {

        @Inject
        Actor actor;

        @Inject
        AuditContext auditContext;

        @Inject
        ActingBorough actingBorough;

        @Inject
        OfficerAccounts accounts;

        @Inject
        Batches batches;

        @Inject
        TenantEntityManagers entityManagers;

        @Transactional
        public List<Object[]> running() {
            return entityManagers.current().createQuery("SELECT r.id, r.approvedBy FROM DisposalRun r WHERE r.status = :running", Object[].class)
                    .setParameter("running", DisposalRun.Status.RUNNING).getResultList();
        }

        @ActivateRequestContext
        public void run(TenantId borough, String runId, String approver) {
            actingBorough.actFor(borough);
            Set<BoroughRole> roles = accounts.current(approver).map(officer -> officer.rolesIn(borough)).orElse(Set.of());
            actor.actAs(approver, roles, false);
            if (roles.contains(BoroughRole.SENIOR_OFFICER) && batches.delegatedTo(approver)) {
                actor.alsoPermit(DisposalDelegations.FOR_CARRYING_OUT);
            }
            auditContext.actingAs(approver, roles.stream().map(BoroughRole::roleName).collect(Collectors.toSet()), null);
            try {
                int done = 0;
                for (int batch = batches.next(runId); batch > 0; batch = batches.next(runId)) {
                    done += batch;
                    String progress = "Disposal run " + runId + ": a batch of " + batch + " committed, " + done + " record(s) done since it started here";
                    LOG.info(progress);
                }
                while (batches.nextSweep(runId)) {
                    LOG.fine(() -> "Disposal run " + runId + ": a batch of a line swept by date committed");
                }
                batches.finish(runId);
                LOG.info(() -> "Disposal run " + runId + " finished");
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Disposal run " + runId + " stopped", failed);
                batches.stop(runId, "Stopped: " + (failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage())
                        + ". Records already disposed of stay done; start the run again to carry out the rest.");
            }
        }
    }

    /** Each method its own transaction. */
    @ApplicationScoped
    public static class Batches {

        @Inject
        TenantEntityManagers entityManagers;

        @Inject
        ChildErasure erasure;

        @Inject
        AuditTrail audit;

        @Inject
        java.time.Clock clock;

        @Inject
        org.pupilsupport.core.audit.AuditErasure auditErasure;

        /** Carries out the next batch; returns how many records it did, 0 when nothing approved is left waiting. */
        @Transactional(TxType.REQUIRES_NEW)
        public int next(String runId) {
            EntityManager entityManager = entityManagers.current();
            DisposalRun run = DisposalRuns.lockedRun(entityManager, runId);
            if (run == null || run.status() != DisposalRun.Status.RUNNING) {
                return 0;
            }
            List<DisposalItem> batch = entityManager.createQuery("SELECT i FROM DisposalItem i WHERE i.runId = :run AND i.decision = :approved"
                            + " AND i.state = :waiting ORDER BY i.id", DisposalItem.class).setParameter("run", runId)
                    .setParameter("approved", DisposalItem.Decision.APPROVED).setParameter("waiting", DisposalItem.State.WAITING)
                    .setMaxResults(BATCH).getResultList();
            for (DisposalItem item : batch) {
                Child child = entityManager.find(Child.class, item.childId());
                if (child == null) {
                    item.skipped("the record was already erased");
                    continue;
                }
                Keeping keeping = RetentionSchedule.keepingOf(entityManager, child);
                if (keeping instanceof Keeping.WhileOpen) {
                    item.skipped("a case was opened after the review");
                } else if (!entityManager.createQuery("SELECT h FROM LegalHold h WHERE h.childId = :child AND h.releasedAt IS NULL", LegalHold.class)
                        .setParameter("child", item.childId()).getResultList().isEmpty()) {
                    item.skipped("put under legal hold after the review");
                } else {
                    item.disposed(erasure.erase(item.childId(), ErasureGround.RETENTION_SCHEDULE, "Retention schedule: disposal run " + runId));
                }
            }
            return batch.size();
        }

        /**
         * Carries out the next batch of the run's first approved line swept by date that is not done: empties audit
         * details (in the name of an erasure the chain records with the first batch) or deletes break-glass records,
         * leaving those about records under legal hold at this moment.
         *
         * @return whether a batch was carried out; false when no approved line is left waiting
         */
        @Transactional(TxType.REQUIRES_NEW)
        public boolean nextSweep(String runId) {
            EntityManager entityManager = entityManagers.current();
            DisposalRun run = DisposalRuns.lockedRun(entityManager, runId);
            if (run == null || run.status() != DisposalRun.Status.RUNNING) {
                return false;
            }
            DisposalSweep sweep = DisposalRuns.sweepsOf(entityManager, runId).stream()
                    .filter(line -> line.decision() == DisposalItem.Decision.APPROVED && line.state() == DisposalSweep.State.WAITING)
                    .findFirst().orElse(null);
            if (sweep == null) {
                return false;
            }
            HeldRecords held = HeldRecords.now(entityManager);
            int done;
            if (sweep.kind() == RecordKind.AUDIT_DETAIL) {
                if (sweep.nameErasure(java.util.UUID.randomUUID().toString())) {
                    audit.record(new AuditEvent(AuditAction.ERASE, ChildErasure.SUBJECT, sweep.erasureId(), AuditOutcome.SUCCESS,
                            "Retention schedule: disposal run " + runId, sweep.describe() + ", recorded before " + sweep.recordedBefore()));
                }
                done = auditErasure.anonymise(sweep.erasureId(), sweep.recordedBefore(), held.inTheTrail(), SWEEP_BATCH);
            } else if (sweep.kind() == RecordKind.BREAK_GLASS) {
                done = held.disposeOfBreakGlassBefore(entityManager, sweep.recordedBefore(), SWEEP_BATCH);
            } else {
                throw new IllegalStateException("No sweep by date is defined for " + sweep.kind());
            }
            sweep.did(done, done < SWEEP_BATCH);
            audit.record(AuditEvent.about(AuditAction.UPDATE, DisposalRuns.SUBJECT, runId, AuditOutcome.SUCCESS)
                    .withDetails(sweep.kind().name() + ": " + done + " done in this batch" + (done < SWEEP_BATCH ? "; line finished" : "")));
            return true;
        }

        /** Whether the officer holds a delegation of disposal runs in force today. */
        @Transactional(TxType.REQUIRES_NEW)
        public boolean delegatedTo(String username) {
            return DisposalDelegations.inForceFor(entityManagers.current(), username, java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))));
        }

        @Transactional(TxType.REQUIRES_NEW)
        public void finish(String runId) {
            DisposalRun run = DisposalRuns.lockedRun(entityManagers.current(), runId);
            if (run != null && run.status() == DisposalRun.Status.RUNNING) {
                run.finish(clock.instant());
                audit.record(AuditEvent.about(AuditAction.UPDATE, DisposalRuns.SUBJECT, runId, AuditOutcome.SUCCESS).withDetails("finished"));
            }
        }

        @Transactional(TxType.REQUIRES_NEW)
        public void stop(String runId, String why) {
            DisposalRun run = DisposalRuns.lockedRun(entityManagers.current(), runId);
            if (run != null) {
                run.stop(why);
                audit.record(AuditEvent.about(AuditAction.UPDATE, DisposalRuns.SUBJECT, runId, AuditOutcome.FAILED).withDetails(why));
            }
        }
    }
}
