package org.pupilsupport.core.children.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.InvalidUpnException;
import org.pupilsupport.core.children.NameTokens;
import org.pupilsupport.core.children.Postcode;
import org.pupilsupport.core.children.Upn;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The child search box's queries, over an entity manager already bound to one borough (EclipseLink adds the
 * borough to every query). Kept apart from {@link JpaChildRepository} so the benchmark in the tests times the
 * very JPQL officers' searches run, outside a server, on a borough of hundreds of thousands of children.
 */
final class ChildSearchQueries {

    /** The order of the search results: the list officers scan by surname. */
    static final String ORDER = " ORDER BY c.legalName.surname, c.legalName.forename, c.dateOfBirth, c.id";

    private final EntityManager entityManager;

    ChildSearchQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Officers' searches and lists: restricted records are left out, as records merged into another are. */
    List<Child> search(String text, int first, int maxResults) {
        return matching(text, "DISTINCT c", Child.class, ORDER, false).setFirstResult(first).setMaxResults(maxResults).getResultList();
    }

    long countMatching(String text) {
        return matching(text, "COUNT(DISTINCT c)", Long.class, "", false).getSingleResult();
    }

    /** The data protection officer's look-up, which must find restricted records to lift or erase them. */
    List<Child> searchIncludingRestricted(String text, int first, int maxResults) {
        List<Child> found = new java.util.ArrayList<>(matching(text, "DISTINCT c", Child.class, ORDER, true).setFirstResult(first)
                .setMaxResults(maxResults).getResultList());
        // A restricted record has no name tokens: its names are matched here, among the few restricted records.
        if (text != null && !text.isBlank() && text.chars().noneMatch(Character::isDigit)) {
            entityManager.createQuery("SELECT c FROM Child c WHERE c.restrictedAt IS NOT NULL AND c.mergedIntoId IS NULL", Child.class)
                    .getResultStream().filter(child -> child.namesMatch(text)).filter(child -> !found.contains(child)).forEach(found::add);
        }
        return found.stream().limit(maxResults).toList();
    }

    /**
     * What the search box understands: a UPN (current or former), a school's URN (six digits: the children on
     * its roll), a date of birth (dd/mm/yyyy or yyyy-mm-dd), a postcode
     * of the current address, or name words, each matching the start of one of the child's name tokens
     * (legal, preferred and former names, any case, accents ignored). Blank text matches everyone.
     */
    private <T> TypedQuery<T> matching(String text, String select, Class<T> type, String order, boolean includeRestricted) {
        String cleaned = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        String from = "SELECT " + select + " FROM Child c";
        // Records merged into another leave every list: the survivor stands for the child.
        String standing = " c.mergedIntoId IS NULL" + (includeRestricted ? "" : " AND c.restrictedAt IS NULL");
        if (cleaned.isEmpty()) {
            return entityManager.createQuery(from + " WHERE" + standing + order, type);
        }
        Optional<Upn> upn = asUpn(cleaned);
        if (upn.isPresent()) {
            // Two indexed look-ups, then the children by id: one query with "c.upn = :upn OR f.value = :upn" over an
            // outer join let Derby use neither index and read the whole borough (1.4 s on 250,000 children).
            List<String> ids = new java.util.ArrayList<>(entityManager.createQuery("SELECT c.id FROM Child c WHERE c.upn = :upn", String.class)
                    .setParameter("upn", upn.get()).getResultList());
            ids.addAll(entityManager.createQuery("SELECT c.id FROM Child c JOIN c.formerUpns f WHERE f.value = :upnText", String.class)
                    .setParameter("upnText", upn.get().value()).getResultList());
            if (ids.isEmpty()) {
                return entityManager.createQuery(from + " WHERE 1 = 0" + order, type);
            }
            return entityManager.createQuery(from + " WHERE c.id IN :ids AND" + standing + order, type).setParameter("ids", ids);
        }
        if (cleaned.matches("\\d{6}")) {
            // Six digits are a school's URN: the children on its roll now.
            return entityManager.createQuery(from + " JOIN c.enrolments e WHERE e.schoolUrn = :urn AND e.endDate IS NULL AND" + standing + order, type)
                    .setParameter("urn", Integer.parseInt(cleaned));
        }
        Optional<LocalDate> dateOfBirth = asDate(cleaned);
        if (dateOfBirth.isPresent()) {
            return entityManager.createQuery(from + " WHERE c.dateOfBirth = :dob AND" + standing + order, type).setParameter("dob", dateOfBirth.get());
        }
        Optional<String> postcode = asPostcode(cleaned);
        if (postcode.isPresent()) {
            return entityManager.createQuery(from + " JOIN c.addresses a WHERE a.toDate IS NULL AND a.postcode = :postcode AND" + standing + order, type)
                    .setParameter("postcode", postcode.get());
        }
        List<String> words = List.copyOf(NameTokens.typed(cleaned));
        if (words.isEmpty()) {
            return entityManager.createQuery(from + " WHERE 1 = 0" + order, type);
        }
        // The longest word is the most selective: it drives through the token index, and each other word is
        // checked on those children only. Joining the token table once per word let Derby pick a plan that
        // crossed every token of the borough (seconds on 250,000 children).
        List<String> byLength = words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        // No "standing" filter here: a merged record has no name tokens, and a filter on CHILD let Derby drive
        // the count from the child table instead of the token index (1.5 s for a rare surname on 250,000).
        StringBuilder where = new StringBuilder(" JOIN c.nameTokens t0 WHERE t0 LIKE :word0");
        for (int i = 1; i < byLength.size(); i++) {
            where.append(" AND EXISTS (SELECT c").append(i).append(".id FROM Child c").append(i).append(" JOIN c").append(i)
                    .append(".nameTokens t").append(i).append(" WHERE c").append(i).append(".id = c.id AND t").append(i)
                    .append(" LIKE :word").append(i).append(")");
        }
        TypedQuery<T> query = entityManager.createQuery(from + where + order, type);
        for (int i = 0; i < byLength.size(); i++) {
            // Tokens hold only the letters A to Z, so the typed word needs no LIKE escaping.
            query.setParameter("word" + i, byLength.get(i) + "%");
        }
        return query;
    }

    private static Optional<LocalDate> asDate(String text) {
        return org.pupilsupport.core.children.ChildSearchText.asDate(text);
    }

    private static Optional<String> asPostcode(String text) {
        try {
            return Optional.of(Postcode.normalised(text));
        } catch (IllegalArgumentException notAPostcode) {
            return Optional.empty();
        }
    }

    private static Optional<Upn> asUpn(String text) {
        try {
            return Optional.of(new Upn(text));
        } catch (InvalidUpnException notAUpn) {
            return Optional.empty();
        }
    }
}
