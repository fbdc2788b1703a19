package org.pupilsupport.core.audit;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.pupilsupport.core.tenancy.TenantEntityManagers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** The acting borough's audit chain as a whole: creating it, anchoring it and verifying it. */
@ApplicationScoped
@Transactional
public class AuditChains {

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    org.pupilsupport.core.tenancy.ActingBorough actingBorough;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    /*
     * ensureChain and recordAnchor are the application's own scheduled work (start-up and the hourly
     * anchor), run outside any person's request, so they carry no permission.
     */

    /** Creates the borough's chain head if it has none, so writers never race to create it. */
    public void ensureChain() {
        EntityManager entityManager = entityManagers.current();
        if (entityManager.createQuery("SELECT COUNT(h) FROM AuditChainHead h", Long.class).getSingleResult() == 0) {
            entityManager.persist(new AuditChainHead(actingBorough.require().value()));
        }
    }

    /** Records where the chain stands now; a later verification fails if entries up to here go missing. */
    public AuditAnchor recordAnchor() {
        EntityManager entityManager = entityManagers.current();
        AuditChainHead head = entityManager.createQuery("SELECT h FROM AuditChainHead h", AuditChainHead.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        AuditAnchor anchor = new AuditAnchor(head.lastSequenceNumber(), head.lastHash(), clock.instant());
        entityManager.persist(anchor);
        return anchor;
    }

    private static final int VERIFICATION_BATCH = 5000;

    /**
     * Walks the whole chain (a batch at a time, so millions of entries do not fill memory) and checks it against
     * every anchor and the chain head.
     */
    @Requires(Permission.VERIFY_AUDIT_TRAIL)
    public ChainVerification.Result verify() {
        EntityManager entityManager = entityManagers.current();
        List<ChainVerification.Checkpoint> checkpoints = new ArrayList<>();
        entityManager.createQuery("SELECT a FROM AuditAnchor a ORDER BY a.sequenceNumber", AuditAnchor.class)
                .getResultStream().map(AuditAnchor::checkpoint).forEach(checkpoints::add);
        entityManager.createQuery("SELECT h FROM AuditChainHead h", AuditChainHead.class).getResultStream()
                .map(head -> new ChainVerification.Checkpoint(head.lastSequenceNumber(), head.lastHash())).forEach(checkpoints::add);
        return ChainVerification.verify(new AuditViewerQueries(entityManager).oldestFirst(AuditQuery.EVERYTHING, VERIFICATION_BATCH), checkpoints);
    }

    /**
     * Verifies the acting borough's chain on request of a person, and records that it was checked and
     * what was found, so the trail shows who last checked it.
     */
    @Requires(Permission.VERIFY_AUDIT_TRAIL)
    public ChainVerification.Result verifyAndRecord() {
        ChainVerification.Result result = verify();
        trail.record(AuditEvent.about(AuditAction.VIEW, "audit-chain", null, result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED)
                .withDetails(result.intact() ? "chain intact: " + result.entriesChecked() + " entries checked"
                        : "chain broken at entry " + result.brokenAt() + ": " + result.problem()));
        return result;
    }

    /** The borough's newest entries, newest first. */
    @Requires(Permission.READ_AUDIT_TRAIL)
    public List<AuditEntry> latest(int count) {
        return entityManagers.current().createQuery("SELECT e FROM AuditEntry e ORDER BY e.sequenceNumber DESC", AuditEntry.class)
                .setMaxResults(count).getResultList();
    }

    /**
     * What an auditor filters by; every part is optional.
     *
     * @param to inclusive: the whole of that day (UTC)
     */
    public record AuditQuery(String subjectId, String username, AuditAction action, java.time.LocalDate from, java.time.LocalDate to) {

        /** No filter: the whole trail. */
        public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null);

        /** The parts that were set, as the audit entry for reading the trail records them. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (subjectId != null && !subjectId.isBlank()) {
                parts.add("subject=" + subjectId.strip());
            }
            if (username != null && !username.isBlank()) {
                parts.add("user=" + username.strip());
            }
            if (action != null) {
                parts.add("action=" + action);
            }
            if (from != null) {
                parts.add("from=" + from);
            }
            if (to != null) {
                parts.add("to=" + to);
            }
            return parts.isEmpty() ? "everything" : String.join(" ", parts);
        }
    }

    /**
     * The borough's entries matching the query, newest first, a page at a time. Reading the trail is
     * itself recorded in it, with the filter used.
     */
    @Requires(Permission.READ_AUDIT_TRAIL)
    public List<AuditEntry> search(AuditQuery query, int first, int maxResults) {
        List<AuditEntry> page = viewerQueries().page(query, first, maxResults);
        trail.record(AuditEvent.about(AuditAction.VIEW, "audit-trail", query.subjectId(), AuditOutcome.SUCCESS)
                .withDetails("filter: " + query.describe() + "; offset=" + first + " results=" + page.size()));
        return page;
    }

    @Requires(Permission.READ_AUDIT_TRAIL)
    public long count(AuditQuery query) {
        return viewerQueries().count(query);
    }

    /** Entries about one subject, newest first: "who looked at this child". */
    @Requires(Permission.READ_AUDIT_TRAIL)
    public List<AuditEntry> entriesAbout(String subjectType, String subjectId) {
        return viewerQueries().about(subjectType, subjectId);
    }

    private AuditViewerQueries viewerQueries() {
        return new AuditViewerQueries(entityManagers.current());
    }
}
