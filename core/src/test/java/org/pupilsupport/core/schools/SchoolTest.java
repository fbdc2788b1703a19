package org.pupilsupport.core.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolTest {

    @Test
    void recordsTheDetailsGiven() {
        School school = new School(102587, "314", "2000", "  Latchmere School ", "Primary", "Academy converter");

        assertEquals(102587, school.urn());
        assertEquals("314", school.laCode());
        assertEquals("2000", school.establishmentNumber());
        assertEquals("Latchmere School", school.name());
        assertEquals("Primary", school.phase());
        assertEquals("Academy converter", school.type());
    }

    @Test
    void dfeNumberIsLaCodeSlashEstablishmentNumber() {
        assertEquals("314/2000", new School(102587, "314", "2000", "Latchmere School", null, null).dfeNumber());
    }

    @Test
    void dfeNumberIsJustTheLaCodeWhenTheEstablishmentNumberIsUnknown() {
        School school = new School(102587, "314", null, "Latchmere School", null, null);

        assertNull(school.establishmentNumber());
        assertEquals("314", school.dfeNumber());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 99999, 1000000, -102587})
    void urnMustHaveSixDigits(int urn) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(urn, "314", "2000", "Latchmere School", null, null));

        assertEquals("A URN has six digits: " + urn, refused.getMessage());
    }

    @Test
    void urnBoundsAreAccepted() {
        assertEquals(100000, new School(100000, "314", null, "A", null, null).urn());
        assertEquals(999999, new School(999999, "314", null, "B", null, null).urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31", "3141", "31A", ""})
    void laCodeMustHaveThreeDigits(String laCode) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, laCode, "2000", "Latchmere School", null, null));

        assertEquals("An LA code has three digits: " + laCode, refused.getMessage());
    }

    @Test
    void laCodeIsRequired() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, null, "2000", "Latchmere School", null, null));

        assertEquals("An LA code has three digits: null", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"200", "20000", "20A0", ""})
    void establishmentNumberMustHaveFourDigits(String establishmentNumber) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, "314", establishmentNumber, "Latchmere School", null, null));

        assertEquals("An establishment number has four digits: " + establishmentNumber, refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nameIsRequired(String name) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, "314", "2000", name, null, null));

        assertEquals("A school needs a name", refused.getMessage());
    }

    @Test
    void nullNameIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new School(102587, "314", "2000", null, null, null));

        assertEquals("A school needs a name", refused.getMessage());
    }

    @Test
    void aSchoolAddedByHandIsOpenAndNeverRefreshedFromGias() {
        School school = new School(102587, "314", "2000", "Latchmere School", "Primary", "Academy converter");

        assertEquals(EstablishmentStatus.OPEN, school.status());
        assertEquals("Open", school.details().statusName());
        assertNull(school.refreshedFromGiasAt());
    }

    @Test
    void aSchoolFromGiasRecordsWhenItWasRefreshed() {
        Instant refreshed = Instant.parse("2026-11-30T09:00:00Z");

        School school = School.fromGias(102587, latchmere().build(), refreshed);

        assertEquals(refreshed, school.refreshedFromGiasAt());
        assertEquals("Kingston upon Thames", school.details().laName());
        assertEquals("314/2000", school.dfeNumber());
    }

    @Test
    void aUrnFromGiasMustHaveSixDigits() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> School.fromGias(12345, latchmere().build(), Instant.EPOCH));

        assertEquals("A URN has six digits: 12345", refused.getMessage());
    }

    @Test
    void refreshingTakesTheNewDetailsAndReportsWhatChanged() {
        School school = School.fromGias(102587, latchmere().build(), Instant.parse("2026-09-01T09:00:00Z"));
        Instant later = Instant.parse("2026-11-30T09:00:00Z");

        List<FieldChange> changes = school.refreshFromGias(latchmere().status(EstablishmentStatus.CLOSED)
                .closeDate(LocalDate.of(2026, 8, 31)).build(), later);

        assertEquals(List.of(new FieldChange(SchoolField.STATUS, "Open", "Closed"),
                new FieldChange(SchoolField.CLOSE_DATE, null, "31 August 2026")), changes);
        assertEquals(EstablishmentStatus.CLOSED, school.status());
        assertEquals(later, school.refreshedFromGiasAt());
    }

    @Test
    void refreshingWithTheSameDetailsChangesNothingButTheRefreshTime() {
        SchoolDetails details = latchmere().build();
        School school = School.fromGias(102587, details, Instant.parse("2026-09-01T09:00:00Z"));
        Instant later = Instant.parse("2026-11-30T09:00:00Z");

        List<FieldChange> changes = school.refreshFromGias(latchmere().build(), later);

        assertTrue(changes.isEmpty());
        assertSame(details, school.details());
        assertEquals(later, school.refreshedFromGiasAt());
    }

    @Test
    void theSearchNameIgnoresCaseAccentsAndExtraSpaces() {
        assertEquals("ST THERESE'S CATHOLIC PRIMARY SCHOOL", School.searchable("  St  Thérèse's Catholic Primary School"));
    }

    @Test
    void onlyTheTopBlockOfUrnsIsInvented() {
        assertTrue(School.isInvented(990000));
        assertTrue(School.isInvented(999999));
        assertFalse(School.isInvented(989999));
        assertFalse(School.isInvented(102587));
    }

    private static SchoolDetails.Builder latchmere() {
        return SchoolDetails.builder().laCode("314").laName("Kingston upon Thames").establishmentNumber("2000")
                .name("Latchmere School").status(EstablishmentStatus.OPEN).phase("Primary").type("Academy converter")
                .openDate(LocalDate.of(2012, 9, 1)).town("Kingston upon Thames").postcode("KT2 5TT");
    }
}
