package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.schools.School;

class ChildTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static LegalName adaOkafor() {
        return new LegalName("Ada", null, "Okafor");
    }

    @Test
    void recordsTheDetailsGiven() {
        Upn upn = Upn.parse("B801200005001");
        School school = new School(102587, "314", "2000", "Latchmere School", "Primary", "Academy");

        Child child = new Child(adaOkafor(), LocalDate.of(2016, 3, 14), upn, school, CLOCK);

        assertEquals(adaOkafor(), child.legalName());
        assertEquals(LocalDate.of(2016, 3, 14), child.dateOfBirth());
        assertEquals(upn, child.upn());
        assertSame(school, child.school());
        assertEquals(NOW, child.createdAt());
        assertEquals(10, child.ageOn(TODAY));
    }

    @Test
    void refusesADateOfBirthInTheFuture() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Child(adaOkafor(), TODAY.plusDays(1), null, null, CLOCK));

        assertEquals("The date of birth 30 Nov 2026 is in the future", refused.getMessage());
    }

    @Test
    void acceptsABabyBornToday() {
        assertEquals(0, new Child(adaOkafor(), TODAY, null, null, CLOCK).ageOn(TODAY));
    }

    @Test
    void refusesADateOfBirthTwentyFiveYearsAgo() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Child(adaOkafor(), LocalDate.of(2001, 11, 29), null, null, CLOCK));

        assertEquals("The date of birth 29 Nov 2001 would make the child 25 or older: check the year", refused.getMessage());
    }

    @Test
    void acceptsATwentyFourYearOld() {
        Child child = new Child(adaOkafor(), LocalDate.of(2001, 11, 30), null, null, CLOCK);

        assertEquals(24, child.ageOn(TODAY));
    }

    @Test
    void refusesAMissingDateOfBirth() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Child(adaOkafor(), null, null, null, CLOCK));

        assertEquals("Enter the child's date of birth", refused.getMessage());
    }

    @Test
    void todayIsTheBoroughsDateNotUtc() {
        // 23:30 UTC on 30 June is already 1 July in London (BST)
        Clock londonAfterMidnight = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneId.of("Europe/London"));

        Child child = new Child(adaOkafor(), LocalDate.of(2026, 7, 1), null, null, londonAfterMidnight);

        assertEquals(LocalDate.of(2026, 7, 1), child.dateOfBirth());
    }

    @Test
    void acceptsAnUnknownUpnAndNoSchool() {
        Child child = new Child(adaOkafor(), LocalDate.of(2015, 1, 2), null, null, CLOCK);

        assertNull(child.upn());
        assertNull(child.school());
    }

    @Test
    void idIsARandomUuidDifferentForEachChild() {
        Child first = new Child(adaOkafor(), LocalDate.of(2015, 1, 2), null, null, CLOCK);
        Child second = new Child(adaOkafor(), LocalDate.of(2015, 1, 2), null, null, CLOCK);

        UUID id = UUID.fromString(first.id());
        assertEquals(first.id(), id.toString());
        assertEquals(4, id.version());
        assertNotEquals(first.id(), second.id());
        assertNotEquals(first, second);
    }

    @Test
    void correctLegalNameReplacesTheName() {
        Child child = new Child(adaOkafor(), LocalDate.of(2015, 1, 2), null, null, CLOCK);

        child.changeLegalName(new LegalName("Adaeze", "Grace", "Okafor"), java.time.LocalDate.of(2026, 11, 29));

        assertEquals("Adaeze Grace Okafor", child.legalName().full());
    }
}
