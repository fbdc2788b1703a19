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
}
