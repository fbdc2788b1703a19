package org.pupilsupport.core.audit;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pupilsupport.core.audit.AuditChains.AuditQuery;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The queries behind the audit viewer, over an entity manager already bound to one borough (EclipseLink
 * adds that borough to every query). Kept apart from {@link AuditChains} so the benchmark in the tests
 * times the very JPQL the viewer runs, outside a server; the indexes of changeset 0003 are shaped by it.
 */
final class AuditViewerQueries {

    private final EntityManager entityManager;

    AuditViewerQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first, as the viewer lists them. */
    List<AuditEntry> page(AuditQuery query, int first, int maxResults) {
        return matching(query, "e", AuditEntry.class, " ORDER BY e.sequenceNumber DESC")
                .setFirstResult(first).setMaxResults(maxResults).getResultList();
    }

    /**
     * Oldest first, fetched a batch at a time by sequence number, for walks over millions of rows (export,
     * verification). EclipseLink's getResultStream would read the whole result into memory first, so this
     * pages by key instead and empties the persistence context between batches (flushing first, so an entry
     * the caller has just recorded is kept).
     */
    Iterator<AuditEntry> oldestFirst(AuditQuery query, int batchSize) {
        return new Iterator<>() {
            private Iterator<AuditEntry> batch = java.util.Collections.emptyIterator();
            private long lastSequence = 0;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && !exhausted) {
                    entityManager.flush();
                    entityManager.clear();
                    List<AuditEntry> next = matching(query, "e", AuditEntry.class, " AND e.sequenceNumber > :after ORDER BY e.sequenceNumber")
                            .setParameter("after", lastSequence).setMaxResults(batchSize)
                            .setHint("eclipselink.read-only", "true").getResultList();
                    exhausted = next.size() < batchSize;
                    batch = next.iterator();
                }
                return batch.hasNext();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                AuditEntry entry = batch.next();
                lastSequence = entry.sequenceNumber();
                return entry;
            }
        };
    }

    /**
     * Counts sequence numbers rather than entries: the same number (none is null), but every viewer index
     * holds them, whereas COUNT(e) counts ids, which would have Derby read each counted row from the table.
     */
    long count(AuditQuery query) {
        return matching(query, "COUNT(e.sequenceNumber)", Long.class, "").getSingleResult();
    }

    /** Every entry about one subject, newest first. */
    List<AuditEntry> about(String subjectType, String subjectId) {
        return entityManager.createQuery("SELECT e FROM AuditEntry e WHERE e.subjectType = :type AND e.subjectId = :id"
                + " ORDER BY e.sequenceNumber DESC", AuditEntry.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }

    private <T> TypedQuery<T> matching(AuditQuery query, String select, Class<T> type, String order) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.subjectId() != null && !query.subjectId().isBlank()) {
            where.append(" AND e.subjectId = :subject");
            parameters.put("subject", query.subjectId().strip());
        }
        if (query.username() != null && !query.username().isBlank()) {
            where.append(" AND e.username = :username");
            parameters.put("username", query.username().strip().toLowerCase(Locale.ROOT));
        }
        if (query.action() != null) {
            where.append(" AND e.action = :action");
            parameters.put("action", query.action().name());
        }
        if (query.from() != null) {
            where.append(" AND e.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (query.to() != null) {
            where.append(" AND e.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        TypedQuery<T> typed = entityManager.createQuery("SELECT " + select + " FROM AuditEntry e" + where + order, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }
}
