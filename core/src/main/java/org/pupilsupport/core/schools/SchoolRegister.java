package org.pupilsupport.core.schools;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The shared school register. Schools are not borough data, so the plain persistence context serves. */
@ApplicationScoped
@Transactional
public class SchoolRegister {

    @PersistenceContext(unitName = "pupilsupport")
    EntityManager entityManager;

    public Optional<School> find(int urn) {
        return Optional.ofNullable(entityManager.find(School.class, urn));
    }

    /** @throws IllegalArgumentException if no school has that URN */
    public School require(int urn) {
        return find(urn).orElseThrow(() -> new IllegalArgumentException("No school has URN " + urn));
    }

    public void add(School school) {
        entityManager.persist(school);
    }

    /**
     * The school with this DfE number (LA code and establishment number), as files name schools. GIAS may
     * reuse a number after a closure; the newest URN (the current school) is taken.
     */
    public Optional<School> findByDfeNumber(String laCode, String establishmentNumber) {
        if (laCode == null || establishmentNumber == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT s FROM School s WHERE s.laCode = :la AND s.establishmentNumber = :estab ORDER BY s.urn DESC", School.class)
                .setParameter("la", laCode.strip()).setParameter("estab", establishmentNumber.strip()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Schools whose name starts with what was typed, ignoring case and accents, closed ones included (a
     * child's history may name one), in name order.
     */
    public List<School> findByNameStarting(String typed, int atMost) {
        String prefix = typed == null ? "" : School.searchable(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        // Escaped, so a name typed with % or _ is matched as written, not as a pattern.
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return entityManager.createQuery("SELECT s FROM School s WHERE s.nameForSearch LIKE :pattern ESCAPE '\\'"
                        + " ORDER BY s.nameForSearch, s.urn", School.class)
                .setParameter("pattern", pattern)
                .setMaxResults(atMost)
                .getResultList();
    }
}
