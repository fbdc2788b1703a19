package org.pupilsupport.core.schools;

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

    /** The open or closed school with this DfE number (LA code and establishment number), as files name schools. */
    public Optional<School> findByDfeNumber(String laCode, String establishmentNumber) {
        if (laCode == null || establishmentNumber == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT s FROM School s WHERE s.laCode = :la AND s.establishmentNumber = :estab ORDER BY s.urn DESC", School.class)
                .setParameter("la", laCode.strip()).setParameter("estab", establishmentNumber.strip()).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
