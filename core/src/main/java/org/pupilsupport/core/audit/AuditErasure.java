package org.pupilsupport.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantEntityManagers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Clears from the acting borough's audit trail the text that could tell who an erased child was. The chained
 * rows stay as they are (who did what, when, to which record id), so the chain still verifies; only the sealed
 * details are emptied, each marked with the erasure that emptied it, which the trail then records.
 */
@ApplicationScoped
public class AuditErasure {

    /** Shorter fragments (a two-letter forename) would match unrelated text; the full name still catches them. */
    static final int SHORTEST_FRAGMENT = 3;

    /** Bounds each statement's list of subjects, so a family of many cases never exceeds a database's parameter limit. */
    private static final int SUBJECTS_PER_STATEMENT = 200;

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Clock clock;

    /**
     * What identifies the erased records in the trail.
     *
     * @param subjects   (subject type, subject id) pairs whose entries' details go, whatever they say
     * @param identifying text that names the child (names, UPN, date of birth, postcode, carers' details): the
     *                    details of any entry containing one go too, such as a search typed with the child's name
     */
    public record Target(Collection<Subject> subjects, Collection<String> identifying) {
    }

    public record Subject(String type, String id) {
    }

    /**
     * Empties the details of every entry of the target, within the caller's transaction, so the records and the
     * trail's text go together or not at all.
     *
     * @return how many entries' details were emptied
     */
    @Requires(Permission.ERASE_CHILD_RECORDS)
    @Transactional(TxType.MANDATORY)
    public int erase(String erasureId, Target target) {
        String borough = actingBorough.require().value();
        java.sql.Timestamp now = java.sql.Timestamp.valueOf(new UtcTimestampConverter().convertToDatabaseColumn(clock.instant()));
        int emptied = 0;
        List<Subject> subjects = new ArrayList<>(target.subjects());
        for (int from = 0; from < subjects.size(); from += SUBJECTS_PER_STATEMENT) {
            List<Subject> slice = subjects.subList(from, Math.min(subjects.size(), from + SUBJECTS_PER_STATEMENT));
            StringBuilder about = new StringBuilder();
            for (int i = 0; i < slice.size(); i++) {
                about.append(i == 0 ? "" : " OR ").append("(SUBJECT_TYPE = ?").append(4 + 2 * i).append(" AND SUBJECT_ID = ?")
                        .append(5 + 2 * i).append(')');
            }
            Query query = emptying("ENTRY_ID IN (SELECT ID FROM AUDIT_ENTRY WHERE TENANT_ID = ?3 AND (" + about + "))", erasureId, now, borough);
            for (int i = 0; i < slice.size(); i++) {
                query.setParameter(4 + 2 * i, slice.get(i).type());
                query.setParameter(5 + 2 * i, slice.get(i).id());
            }
            emptied += query.executeUpdate();
        }
        for (String fragment : fragments(target.identifying())) {
            Query query = emptying("(LOWER(DETAILS) LIKE ?4 ESCAPE '!' OR LOWER(REASON) LIKE ?4 ESCAPE '!')", erasureId, now, borough);
            query.setParameter(4, "%" + likeEscaped(fragment) + "%");
            emptied += query.executeUpdate();
        }
        return emptied;
    }

    /**
     * How many entries recorded before the instant still hold details, leaving out entries about the spared
     * subjects: what an anonymising line of a disposal run would empty.
     */
    @Requires(Permission.RUN_DISPOSALS)
    @Transactional(TxType.MANDATORY)
    public long countAnonymisable(Instant recordedBefore, Collection<Subject> spared) {
        Query query = entityManagers.current().createNativeQuery("SELECT COUNT(*) FROM AUDIT_ENTRY_DETAIL d JOIN AUDIT_ENTRY e ON e.ID = d.ENTRY_ID"
                + " WHERE " + oldAndNotSpared(spared));
        bindOldAndNotSpared(query, recordedBefore, spared);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The retention schedule's anonymising of an old trail: empties, in the name of the erasure (which the caller
     * records in the chain), the details of at most {@code most} entries recorded before the instant, leaving
     * entries about the spared subjects (records under legal hold) as they are. Within the caller's transaction;
     * called again until it returns fewer than {@code most}, each call finds what earlier ones left.
     *
     * @return how many entries' details were emptied
     */
    @Requires(Permission.RUN_DISPOSALS)
    @Transactional(TxType.MANDATORY)
    public int anonymise(String erasureId, Instant recordedBefore, Collection<Subject> spared, int most) {
        Query select = entityManagers.current().createNativeQuery("SELECT d.ENTRY_ID FROM AUDIT_ENTRY_DETAIL d JOIN AUDIT_ENTRY e ON e.ID = d.ENTRY_ID"
                + " WHERE " + oldAndNotSpared(spared) + " ORDER BY e.SEQUENCE_NO");
        bindOldAndNotSpared(select, recordedBefore, spared);
        List<?> entries = select.setMaxResults(most).getResultList();
        if (entries.isEmpty()) {
            return 0;
        }
        StringBuilder listed = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            listed.append(i == 0 ? "?" : ", ?").append(4 + i);
        }
        String borough = actingBorough.require().value();
        java.sql.Timestamp now = java.sql.Timestamp.valueOf(new UtcTimestampConverter().convertToDatabaseColumn(clock.instant()));
        Query update = emptying("ENTRY_ID IN (" + listed + ")", erasureId, now, borough);
        for (int i = 0; i < entries.size(); i++) {
            update.setParameter(4 + i, entries.get(i));
        }
        return update.executeUpdate();
    }

    /** Parameters: 1 the borough, 2 the instant, then each spared subject's type and id. */
    private static String oldAndNotSpared(Collection<Subject> spared) {
        StringBuilder condition = new StringBuilder("d.TENANT_ID = ?1 AND e.TENANT_ID = ?1 AND d.ERASURE_ID IS NULL AND e.OCCURRED_AT < ?2");
        if (!spared.isEmpty()) {
            // COALESCE: an entry about no particular record (a search) has no subject id, and a bare comparison with
            // NULL would make NOT (...) unknown and leave the entry out of the sweep.
            condition.append(" AND NOT (");
            for (int i = 0; i < spared.size(); i++) {
                condition.append(i == 0 ? "" : " OR ").append("(COALESCE(e.SUBJECT_TYPE, '') = ?").append(3 + 2 * i)
                        .append(" AND COALESCE(e.SUBJECT_ID, '') = ?").append(4 + 2 * i).append(')');
            }
            condition.append(')');
        }
        return condition.toString();
    }

    private void bindOldAndNotSpared(Query query, Instant recordedBefore, Collection<Subject> spared) {
        // EclipseLink refuses native reads in a multitenant unit unless told; the borough is bound below by hand.
        query.setHint("eclipselink.jdbc.allow-native-sql-query", true);
        query.setParameter(1, actingBorough.require().value());
        query.setParameter(2, java.sql.Timestamp.valueOf(new UtcTimestampConverter().convertToDatabaseColumn(recordedBefore)));
        int i = 0;
        for (Subject subject : spared) {
            query.setParameter(3 + 2 * i, subject.type());
            query.setParameter(4 + 2 * i, subject.id());
            i++;
        }
    }

    /**
     * One statement emptying the borough's not yet erased details that meet the condition; parameters 1 to 3 are
     * bound here (erasure, time, borough), the condition's own start at 4.
     */
    private Query emptying(String condition, String erasureId, java.sql.Timestamp now, String borough) {
        Query query = entityManagers.current().createNativeQuery("UPDATE AUDIT_ENTRY_DETAIL SET SALT = NULL, REASON = NULL, DETAILS = NULL,"
                + " ERASURE_ID = ?1, ERASED_AT = ?2 WHERE TENANT_ID = ?3 AND ERASURE_ID IS NULL AND " + condition);
        query.setParameter(1, erasureId);
        query.setParameter(2, now);
        query.setParameter(3, borough);
        return query;
    }

    /** Distinct, lower-cased, long enough to mean something. */
    static Set<String> fragments(Collection<String> identifying) {
        Set<String> fragments = new java.util.TreeSet<>();
        for (String text : identifying) {
            if (text != null && text.strip().length() >= SHORTEST_FRAGMENT) {
                fragments.add(text.strip().toLowerCase(Locale.ROOT));
            }
        }
        return fragments;
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
