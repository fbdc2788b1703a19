package org.pupilsupport.web.it;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.schools.School;

/** Adds a school of its own to the register for one test, so no test's calendar moves another test's deadlines. */
@ApplicationScoped
@Transactional
public class TestSchools {

    @PersistenceContext(unitName = "pupilsupport")
    EntityManager entityManager;

    /** A new school in the LA, with a URN no other school has (in the invented block, clear of the demo schools). */
    public int newSchool(String laCode, String name) {
        int urn;
        do {
            urn = ThreadLocalRandom.current().nextInt(998_100, 999_000);
        } while (entityManager.find(School.class, urn) != null);
        entityManager.persist(new School(urn, laCode, Integer.toString(5000 + urn % 1000), name + " " + urn, "Primary", "Academy converter"));
        return urn;
    }
}
