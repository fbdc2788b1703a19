package org.pupilsupport.core.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register's schema (migration 0005) and queries on a real Derby database. */
class SchoolRegisterDatabaseTest {

    private static InMemoryDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = new InMemoryDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyRegister() {
        database.removeEverySchool();
    }

    @Test
    void everyGiasDetailSurvivesTheDatabase() {
        Instant refreshed = Instant.parse("2026-11-30T09:15:00Z");
        SchoolDetails details = SchoolDetails.builder().laCode("314").laName("Kingston upon Thames").establishmentNumber("3000")
                .name("St Thérèse's Catholic Primary School, a Catholic Voluntary Academy of the Diocese of Southwark and of the Parish of Kingston upon Thames and Surbiton")
                .ukprn("10012345").status(EstablishmentStatus.OPEN_BUT_PROPOSED_TO_CLOSE).openDate(LocalDate.of(2012, 9, 1))
                .closeDate(LocalDate.of(2027, 8, 31)).phase("Primary").type("Academy converter").typeGroup("Academies")
                .statutoryLowAge(4).statutoryHighAge(11).street("Grange Road").locality("Norbiton").town("Kingston upon Thames")
                .postcode("KT1 2AB").numberOfPupils(187).build();
        database.inTransaction(em -> {
            em.persist(School.fromGias(140001, details, refreshed));
            return null;
        });

        School stored = database.inTransaction(em -> em.find(School.class, 140001));

        assertEquals(details, stored.details());
        assertEquals(refreshed, stored.refreshedFromGiasAt());
    }

    @Test
    void aSchoolAddedByHandNeedsOnlyItsCoreDetails() {
        database.inTransaction(em -> {
            em.persist(new School(990101, "314", "2000", "Oakfield Primary School", "Primary", "Community school"));
            return null;
        });

        School stored = database.inTransaction(em -> em.find(School.class, 990101));

        assertEquals("Oakfield Primary School", stored.name());
        assertEquals(EstablishmentStatus.OPEN, stored.status());
        assertNull(stored.refreshedFromGiasAt());
    }

    @Test
    void findsSchoolsByTheStartOfTheirNameIgnoringCaseAndAccentsClosedOnesIncluded() {
        database.inTransaction(em -> {
            em.persist(School.fromGias(140001, named("St Thérèse's Catholic Primary School", EstablishmentStatus.OPEN), Instant.EPOCH));
            em.persist(School.fromGias(140002, named("St Theresa's Infant School", EstablishmentStatus.CLOSED), Instant.EPOCH));
            em.persist(School.fromGias(140003, named("Latchmere School", EstablishmentStatus.OPEN), Instant.EPOCH));
            em.persist(School.fromGias(140004, named("100% Attendance Academy", EstablishmentStatus.OPEN), Instant.EPOCH));
            em.persist(School.fromGias(140005, named("1000 Oaks School", EstablishmentStatus.OPEN), Instant.EPOCH));
            return null;
        });

        assertEquals(List.of(140002, 140001), urnsStarting("st  THER"));
        assertEquals(List.of(140001), urnsStarting("st thérèse"));
        assertEquals(List.of(140004), urnsStarting("100%"));
        assertTrue(urnsStarting(" ").isEmpty());
    }

    private List<Integer> urnsStarting(String typed) {
        return database.inTransaction(em -> {
            SchoolRegister register = new SchoolRegister();
            register.entityManager = em;
            return register.findByNameStarting(typed, 10).stream().map(School::urn).toList();
        });
    }

    private static SchoolDetails named(String name, EstablishmentStatus status) {
        return SchoolDetails.builder().laCode("314").name(name).status(status).build();
    }
}
