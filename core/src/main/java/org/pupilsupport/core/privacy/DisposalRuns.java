package org.pupilsupport.core.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditErasure;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.audit.AuditTrailNames;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantEntityManagers;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.core.validation.FieldProblems;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * The DPO's disposal runs: list what has fallen due under the borough's schedule, decide each record (approve,
 * defer with a reason, or put under legal hold), approve the run, and follow it as it is carried out in the
 * background; its certificate lists what was destroyed. Every step is in the audit trail.
 *
 * <p>Liberty's managed executor with the run and its items persisted was chosen over Jakarta Batch: a run is a list
 * of independent records, each batch's progress is the items' own state (committed with the erasures they record),
 * so restarting needs no job repository of its own, and the same tables give the page its progress and the
 * certificate its lines.
 */
@ApplicationScoped
@Transactional
public class DisposalRuns {

    static final String SUBJECT = "disposal-run";
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final int LISTING_PAGE = 500;

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    ActingBorough actingBorough;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    @Inject
    LegalHolds holds;

    @Inject
    DisposalRunner runner;

    @Inject
    AuditErasure auditErasure;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Progress of a run, from its items. */
    public record Progress(int listed, int approved, int deferred, int held, int pending, int disposed, int skipped) {

        /** Counts a run's items by decision and by what was done with them. */
        public static Progress of(List<DisposalItem> items) {
            int approved = 0;
            int deferred = 0;
            int held = 0;
            int pending = 0;
            int disposed = 0;
            int skipped = 0;
            for (DisposalItem item : items) {
                switch (item.decision()) {
                    case APPROVED -> approved++;
                    case DEFERRED -> deferred++;
                    case HELD -> held++;
                    case PENDING -> pending++;
                }
                if (item.state() == DisposalItem.State.DISPOSED) {
                    disposed++;
                } else if (item.state() == DisposalItem.State.SKIPPED) {
                    skipped++;
                }
            }
            return new Progress(items.size(), approved, deferred, held, pending, disposed, skipped);
        }

        public int toCarryOut() {
            return approved - disposed - skipped;
        }
    }

    /**
     * Lists every record due on or before today as a new run under review.
     *
     * @throws IllegalStateException if a run is still under review or being carried out
     */
    @Requires(Permission.RUN_DISPOSALS)
    public DisposalRun list() {
        EntityManager entityManager = entityManagers.current();
        List<DisposalRun> unfinished = entityManager.createQuery("SELECT r FROM DisposalRun r WHERE r.status <> :finished", DisposalRun.class)
                .setParameter("finished", DisposalRun.Status.FINISHED).getResultList();
        if (!unfinished.isEmpty()) {
            throw new IllegalStateException("The run listed on " + LocalDate.ofInstant(unfinished.get(0).listedAt(), ENGLAND)
                    + " is not finished: decide and carry it out (or start it again) before listing another.");
        }
        LocalDate today = LocalDate.now(clock.withZone(ENGLAND));
        DisposalRun run = new DisposalRun(today, actor.username(), clock.instant());
        entityManager.persist(run);
        Set<String> held = new HashSet<>(entityManager.createQuery("SELECT h.childId FROM LegalHold h WHERE h.releasedAt IS NULL", String.class)
                .getResultList());
        int listed = 0;
        for (int first = 0; ; first += LISTING_PAGE) {
            List<Child> page = entityManager.createQuery("SELECT c FROM Child c WHERE c.mergedIntoId IS NULL ORDER BY c.id", Child.class)
                    .setFirstResult(first).setMaxResults(LISTING_PAGE).getResultList();
            for (Child child : page) {
                if (RetentionSchedule.keepingOf(entityManager, child) instanceof Keeping.Until until && !until.date().isAfter(today)) {
                    entityManager.persist(new DisposalItem(run.id(), child.id(), until.date(), until.why(), held.contains(child.id())));
                    listed++;
                }
            }
            if (page.size() < LISTING_PAGE) {
                break;
            }
            entityManager.flush();
            entityManager.clear();
            run = entityManager.find(DisposalRun.class, run.id());
        }
        List<DisposalSweep> sweeps = listSweeps(entityManager, run, today);
        audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, run.id(), AuditOutcome.SUCCESS)
                .withDetails("listed as of " + today + ": " + listed + " records due" + sweeps.stream()
                        .map(sweep -> "; " + sweep.kind().name() + " dated up to " + sweep.datedUpTo() + ": " + sweep.found()).collect(Collectors.joining())));
        return run;
    }

    /** A line for each kind swept by date whose schedule line has something due, leaving what is about held records. */
    private List<DisposalSweep> listSweeps(EntityManager entityManager, DisposalRun run, LocalDate today) {
        HeldRecords held = HeldRecords.now(entityManager);
        List<DisposalSweep> sweeps = new ArrayList<>();
        for (RetentionRule rule : RetentionSchedule.all(entityManager)) {
            if (rule.kind().application() != RecordKind.Application.SWEPT_BY_DATE) {
                continue;
            }
            LocalDate datedUpTo = rule.lastEventEndedBy(today);
            java.time.Instant before = DisposalSweep.recordedBefore(datedUpTo, run.listedAt());
            long found = rule.kind() == RecordKind.AUDIT_DETAIL ? auditErasure.countAnonymisable(before, held.inTheTrail())
                    : held.breakGlassBefore(entityManager, before);
            if (found > 0) {
                DisposalSweep sweep = new DisposalSweep(run.id(), rule.kind(), rule.action(), datedUpTo, before,
                        "retention schedule: " + rule.describe(), (int) Math.min(Integer.MAX_VALUE, found));
                entityManager.persist(sweep);
                sweeps.add(sweep);
            }
        }
        return sweeps;
    }

    /** The borough's runs, newest first. */
    @Requires(Permission.RUN_DISPOSALS)
    public List<DisposalRun> runs() {
        return entityManagers.current().createQuery("SELECT r FROM DisposalRun r ORDER BY r.listedAt DESC", DisposalRun.class)
                .setMaxResults(20).getResultList();
    }

    @Requires(Permission.RUN_DISPOSALS)
    public List<DisposalItem> items(String runId) {
        lockedRun(entityManagers.current(), runId);
        return entityManagers.current().createQuery("SELECT i FROM DisposalItem i WHERE i.runId = :run ORDER BY i.dueOn, i.id",
                DisposalItem.class).setParameter("run", runId).getResultList();
    }

    @Requires(Permission.RUN_DISPOSALS)
    public Progress progress(String runId) {
        return Progress.of(items(runId));
    }

    /** The run's lines for records swept by date, in the order of {@link RecordKind}. */
    @Requires(Permission.RUN_DISPOSALS)
    public List<DisposalSweep> sweeps(String runId) {
        lockedRun(entityManagers.current(), runId);
        return sweepsOf(entityManagers.current(), runId);
    }

    static List<DisposalSweep> sweepsOf(EntityManager entityManager, String runId) {
        return entityManager.createQuery("SELECT s FROM DisposalSweep s WHERE s.runId = :run", DisposalSweep.class).setParameter("run", runId)
                .getResultList().stream().sorted(java.util.Comparator.comparing(DisposalSweep::kind)).toList();
    }

    /**
     * Decides a line swept by date as a whole: approve it, or defer it with a reason. Holds are placed on a child's
     * record, not on a line; what is about a held record is left whatever the line's decision.
     *
     * @throws org.pupilsupport.core.validation.InvalidCommandException if the decision is missing or a deferral has no note
     * @throws IllegalArgumentException if the line is not on a run under review
     */
    @Requires(Permission.RUN_DISPOSALS)
    public DisposalSweep decideSweep(String sweepId, DisposalItem.Decision decision, String note) {
        EntityManager entityManager = entityManagers.current();
        DisposalSweep sweep = sweepId == null ? null : entityManager.find(DisposalSweep.class, sweepId);
        DisposalRun run = sweep == null ? null : lockedRun(entityManager, sweep.runId());
        if (run == null || run.status() != DisposalRun.Status.REVIEWING) {
            throw new IllegalArgumentException("That line is not on a run under review");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        FieldProblems problems = new FieldProblems();
        if (decision != DisposalItem.Decision.APPROVED && decision != DisposalItem.Decision.DEFERRED) {
            problems.add("sweepDecision", "Choose approve or defer");
        } else if (decision == DisposalItem.Decision.DEFERRED && text == null) {
            problems.add("sweepNote", "Say why these records are kept for longer");
        } else if (text != null && text.length() > DisposalItem.LONGEST_NOTE) {
            problems.add("sweepNote", "The note must be " + DisposalItem.LONGEST_NOTE + " characters or fewer");
        }
        problems.throwIfAny();
        sweep.decide(decision, actor.username(), text);
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, run.id(), AuditOutcome.SUCCESS)
                .withDetails("line " + sweep.kind().name() + " dated up to " + sweep.datedUpTo() + ": " + decision.name()));
        return sweep;
    }

    /**
     * Decides one record of a run under review.
     *
     * @param holdReason for {@link DisposalItem.Decision#HELD} only: what the hold placed on the record is for
     * @throws org.pupilsupport.core.validation.InvalidCommandException if a deferral or hold has no note
     * @throws IllegalArgumentException if the item is not on a run under review
     */
    @Requires(Permission.RUN_DISPOSALS)
    public DisposalItem decide(String itemId, DisposalItem.Decision decision, LegalHoldReason holdReason, String note) {
        EntityManager entityManager = entityManagers.current();
        DisposalItem item = itemId == null ? null : entityManager.find(DisposalItem.class, itemId);
        DisposalRun run = item == null ? null : entityManager.find(DisposalRun.class, item.runId());
        if (run == null || run.status() != DisposalRun.Status.REVIEWING) {
            throw new IllegalArgumentException("That record is not on a run under review");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        FieldProblems problems = new FieldProblems();
        if (decision == null || decision == DisposalItem.Decision.PENDING) {
            problems.add("decision", "Choose approve, defer or hold");
        } else if (decision != DisposalItem.Decision.APPROVED && text == null) {
            problems.add("note", decision == DisposalItem.Decision.DEFERRED ? "Say why the record is kept for longer"
                    : "Say what the hold is for, without naming the child");
        } else if (text != null && text.length() > DisposalItem.LONGEST_NOTE) {
            problems.add("note", "The note must be " + DisposalItem.LONGEST_NOTE + " characters or fewer");
        }
        problems.throwIfAny();
        if (decision == DisposalItem.Decision.HELD) {
            holds.place(item.childId(), holdReason == null ? LegalHoldReason.INFORMATION_REQUEST : holdReason, text);
        }
        item.decide(decision, actor.username(), text);
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, run.id(), AuditOutcome.SUCCESS)
                .withDetails("record " + item.childId() + ": " + decision.name()));
        return item;
    }

    /**
     * Approves every record and line of the run still undecided, for a DPO who has looked down the list and deferred
     * or held the exceptions.
     *
     * @return how many records and lines were approved
     */
    @Requires(Permission.RUN_DISPOSALS)
    public int approveUndecided(String runId) {
        EntityManager entityManager = entityManagers.current();
        DisposalRun run = runId == null ? null : entityManager.find(DisposalRun.class, runId);
        if (run == null || run.status() != DisposalRun.Status.REVIEWING) {
            throw new IllegalArgumentException("That run is not under review");
        }
        int approved = 0;
        for (DisposalItem item : items(runId)) {
            if (item.decision() == DisposalItem.Decision.PENDING) {
                item.decide(DisposalItem.Decision.APPROVED, actor.username(), null);
                approved++;
            }
        }
        int lines = 0;
        for (DisposalSweep sweep : sweepsOf(entityManager, runId)) {
            if (sweep.decision() == DisposalItem.Decision.PENDING) {
                sweep.decide(DisposalItem.Decision.APPROVED, actor.username(), null);
                lines++;
            }
        }
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, run.id(), AuditOutcome.SUCCESS)
                .withDetails("approved every undecided record: " + approved + "; lines: " + lines));
        return approved + lines;
    }

    /**
     * Approves the run as decided and starts carrying out its approved disposals in the background.
     *
     * @throws IllegalArgumentException if the run is not under review or a record is still undecided
     */
    @Requires(Permission.RUN_DISPOSALS)
    public DisposalRun approve(String runId) {
        EntityManager entityManager = entityManagers.current();
        DisposalRun run = runId == null ? null : entityManager.find(DisposalRun.class, runId);
        if (run == null) {
            throw new IllegalArgumentException("There is no such disposal run in this borough");
        }
        Progress progress = progress(runId);
        long linesPending = sweepsOf(entityManager, runId).stream().filter(sweep -> sweep.decision() == DisposalItem.Decision.PENDING).count();
        if (progress.pending() > 0 || linesPending > 0) {
            throw new IllegalArgumentException("Decide every record and line first: " + (progress.pending() + linesPending) + " still to decide");
        }
        run.approve(actor.username(), clock.instant());
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, run.id(), AuditOutcome.SUCCESS)
                .withDetails("approved: " + progress.approved() + " to dispose of, " + progress.deferred() + " deferred, " + progress.held() + " held"
                        + sweepsOf(entityManager, runId).stream().map(sweep -> "; " + sweep.kind().name() + ": " + sweep.decision().name())
                                .collect(Collectors.joining())));
        startWhenCommitted(run.id());
        return run;
    }

    /**
     * Starts a stopped run again; records already disposed of stay done.
     *
     * @throws IllegalArgumentException if the run is not stopped
     */
    @Requires(Permission.RUN_DISPOSALS)
    public DisposalRun resume(String runId) {
        DisposalRun run = runId == null ? null : entityManagers.current().find(DisposalRun.class, runId);
        if (run == null) {
            throw new IllegalArgumentException("There is no such disposal run in this borough");
        }
        run.resume();
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, run.id(), AuditOutcome.SUCCESS).withDetails("started again"));
        startWhenCommitted(run.id());
        return run;
    }

    /** What a finished (or stopped) run destroyed, by whose approval and when: references and counts only. */
    public record Certificate(String runId, String borough, LocalDate asOf, String listedBy, java.time.Instant listedAt, String approvedBy,
                              java.time.Instant approvedAt, java.time.Instant finishedAt, DisposalRun.Status status, int childRecords,
                              int cases, int files, List<String> erasures, int deferred, int held, List<String> skipped,
                              List<SweepLine> sweeps) {
    }

    /** A line swept by date as the certificate states it: what, up to which day, how many found and done. */
    public record SweepLine(String what, String action, LocalDate datedUpTo, int found, DisposalItem.Decision decision, int done,
                            String erasureId) {
    }

    @Requires(Permission.RUN_DISPOSALS)
    public Certificate certificate(String runId) {
        DisposalRun run = lockedRun(entityManagers.current(), runId);
        if (run == null) {
            throw new IllegalArgumentException("There is no such disposal run in this borough");
        }
        return certificateOf(run, items(runId), sweepsOf(entityManagers.current(), runId));
    }

    /**
     * A run as its page shows it: items, progress, certificate and who each record is, read in one transaction under
     * one lock, so following a run waits for at most the batch under way rather than once per record.
     */
    @Requires(Permission.RUN_DISPOSALS)
    public Optional<RunView> view(String runId) {
        EntityManager entityManager = entityManagers.current();
        DisposalRun run = lockedRun(entityManager, runId);
        if (run == null) {
            return Optional.empty();
        }
        List<DisposalItem> items = items(runId);
        Map<String, String> children = new HashMap<>();
        List<String> ids = items.stream().map(DisposalItem::childId).distinct().toList();
        for (int from = 0; from < ids.size(); from += LISTING_PAGE) {
            entityManager.createQuery("SELECT c FROM Child c WHERE c.id IN :ids", Child.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + LISTING_PAGE))).getResultList()
                    .forEach(child -> children.put(child.id(), AuditTrailNames.ChildChoice.of(child).description()));
        }
        List<DisposalSweep> sweeps = sweepsOf(entityManager, runId);
        return Optional.of(new RunView(run, items, Progress.of(items), certificateOf(run, items, sweeps), children, sweeps));
    }

    /**
     * @param children each record's child as the DPO knows them, by child id; absent once erased
     * @param sweeps   the run's lines swept by date
     */
    public record RunView(DisposalRun run, List<DisposalItem> items, Progress progress, Certificate certificate, Map<String, String> children,
                          List<DisposalSweep> sweeps) {
    }

    private Certificate certificateOf(DisposalRun run, List<DisposalItem> items, List<DisposalSweep> sweeps) {
        Progress progress = Progress.of(items);
        List<String> erasures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int cases = 0;
        int files = 0;
        for (DisposalItem item : items) {
            if (item.state() == DisposalItem.State.DISPOSED) {
                erasures.add(item.erasureId());
                cases += item.cases();
                files += item.files();
            } else if (item.state() == DisposalItem.State.SKIPPED) {
                skipped.add(item.skippedBecause());
            }
        }
        return new Certificate(run.id(), actingBorough.require().value(), run.asOf(), run.listedBy(), run.listedAt(), run.approvedBy(),
                run.approvedAt(), run.finishedAt(), run.status(), progress.disposed(), cases, files, erasures, progress.deferred(),
                progress.held(), skipped, sweeps.stream().map(sweep -> new SweepLine(sweep.kind().label(), sweep.action().label(),
                        sweep.datedUpTo(), sweep.found(), sweep.decision(), sweep.done(), sweep.erasureId())).toList());
    }

    /**
     * The run, its row locked until the transaction ends. Whoever reads or writes a run's items takes this lock first:
     * a page following the progress then waits for the batch being written instead of deadlocking with it (Liberty
     * reads Derby at repeatable read, so each side would otherwise hold item rows the other needs).
     */
    static DisposalRun lockedRun(EntityManager entityManager, String runId) {
        return runId == null ? null : entityManager.find(DisposalRun.class, runId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private void startWhenCommitted(String runId) {
        TenantId borough = actingBorough.require();
        String approver = actor.username();
        org.pupilsupport.core.transactions.AfterCommit.run(transactions, () -> runner.start(borough, runId, approver));
    }
}
