package org.pupilsupport.core.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What counts as a change when GIAS publishes a school's details again, and the rules every school's details meet. */
class SchoolDetailsTest {

    /** One different value for every detail, so each detail's comparison is proved on its own. */
    private static final Map<SchoolField, UnaryOperator<SchoolDetails.Builder>> ONE_CHANGE = new EnumMap<>(Map.ofEntries(
            Map.entry(SchoolField.NAME, b -> b.name("St Thérèse's Catholic Primary Academy")),
            Map.entry(SchoolField.STATUS, b -> b.status(EstablishmentStatus.OPEN_BUT_PROPOSED_TO_CLOSE)),
            Map.entry(SchoolField.LA_CODE, b -> b.laCode("318")),
            Map.entry(SchoolField.LA_NAME, b -> b.laName("Richmond upon Thames")),
            Map.entry(SchoolField.ESTABLISHMENT_NUMBER, b -> b.establishmentNumber("3001")),
            Map.entry(SchoolField.UKPRN, b -> b.ukprn("10012346")),
            Map.entry(SchoolField.OPEN_DATE, b -> b.openDate(LocalDate.of(2013, 9, 1))),
            Map.entry(SchoolField.CLOSE_DATE, b -> b.closeDate(LocalDate.of(2027, 8, 31))),
            Map.entry(SchoolField.PHASE, b -> b.phase("All-through")),
            Map.entry(SchoolField.TYPE, b -> b.type("Academy converter")),
            Map.entry(SchoolField.TYPE_GROUP, b -> b.typeGroup("Academies")),
            Map.entry(SchoolField.STATUTORY_LOW_AGE, b -> b.statutoryLowAge(2)),
            Map.entry(SchoolField.STATUTORY_HIGH_AGE, b -> b.statutoryHighAge(16)),
            Map.entry(SchoolField.STREET, b -> b.street("1 Church Road")),
            Map.entry(SchoolField.LOCALITY, b -> b.locality("Surbiton")),
            Map.entry(SchoolField.TOWN, b -> b.town("Surbiton")),
            Map.entry(SchoolField.POSTCODE, b -> b.postcode("KT6 4AA")),
            Map.entry(SchoolField.NUMBER_OF_PUPILS, b -> b.numberOfPupils(212))));

    @Test
    void everyDetailHasAChangeToTryHere() {
        assertEquals(EnumSet.allOf(SchoolField.class), ONE_CHANGE.keySet());
    }

    @ParameterizedTest
    @EnumSource(SchoolField.class)
    void aChangeToAnyOneDetailIsReportedAsThatDetailAlone(SchoolField field) {
        SchoolDetails before = stTherese().build();
        SchoolDetails after = ONE_CHANGE.get(field).apply(stTherese()).build();

        List<FieldChange> changes = after.changesSince(before);

        assertEquals(1, changes.size(), () -> "changes: " + changes);
        assertEquals(field, changes.get(0).field());
        assertTrue(!before.equals(after), "details differing in " + field + " are not equal");
    }

    @Test
    void theSameDetailsPublishedAgainAreNoChange() {
        SchoolDetails before = stTherese().build();
        SchoolDetails again = stTherese().build();

        assertTrue(again.changesSince(before).isEmpty());
        assertEquals(before, again);
        assertEquals(before.hashCode(), again.hashCode());
    }

    @Test
    void spacingAndAnEmptyValueAreNoChange() {
        SchoolDetails before = stTherese().locality(null).build();
        SchoolDetails respaced = stTherese().name("  St Thérèse's   Catholic\r\nPrimary School ").locality("  ").postcode("kt1 2ab").build();

        assertTrue(respaced.changesSince(before).isEmpty(), () -> "changes: " + respaced.changesSince(before));
    }

    @Test
    void aCorrectedCapitalIsAChange() {
        SchoolDetails before = stTherese().name("St therese's Catholic Primary School").build();

        assertEquals(List.of(new FieldChange(SchoolField.NAME, "St therese's Catholic Primary School", "St Thérèse's Catholic Primary School")),
                stTherese().build().changesSince(before));
    }

    @Test
    void changesAreShownAsAnOfficerReadsThem() {
        SchoolDetails before = stTherese().build();
        SchoolDetails after = stTherese().status(EstablishmentStatus.CLOSED).closeDate(LocalDate.of(2026, 8, 31)).numberOfPupils(null).build();

        assertEquals(List.of("Status: Open → Closed", "Close date: none → 31 August 2026", "Number of pupils: 187 → none"),
                after.changesSince(before).stream().map(FieldChange::toString).toList());
    }

    @Test
    void detailsLeftOutOfAFileKeepWhatTheRegisterHeld() {
        SchoolDetails held = stTherese().build();
        SchoolDetails fromFileWithoutAddress = stTherese().street(null).town(null).numberOfPupils(201).build();

        SchoolDetails merged = fromFileWithoutAddress.keepingFrom(held, Set.of(SchoolField.STREET, SchoolField.TOWN));

        assertEquals("Grange Road", merged.street());
        assertEquals("Kingston upon Thames", merged.town());
        assertEquals(201, merged.numberOfPupils());
        assertEquals(List.of(SchoolField.NUMBER_OF_PUPILS), merged.changesSince(held).stream().map(FieldChange::field).toList());
    }

    @Test
    void anUnknownStatusIsKeptAsWorded() {
        SchoolDetails details = stTherese().statusName("Suspended pending review").build();

        assertEquals("Suspended pending review", details.statusName());
        assertEquals(EstablishmentStatus.OTHER, details.status());
    }

    @Test
    void optionalDetailsMayBeAbsent() {
        SchoolDetails bare = SchoolDetails.builder().laCode("314").name("Latchmere School").statusName("Open").build();

        assertNull(bare.establishmentNumber());
        assertNull(bare.ukprn());
        assertNull(bare.numberOfPupils());
        assertNull(bare.postcode());
    }

    @Test
    void aStatusIsRequired() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> stTherese().statusName(" ").build());

        assertEquals("A school needs an establishment status, such as Open or Closed", refused.getMessage());
    }

    @Test
    void aUkprnHasEightDigits() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> stTherese().ukprn("1001234").build());

        assertEquals("A UKPRN has eight digits: 1001234", refused.getMessage());
    }

    @Test
    void statutoryAgesAreYearsOfChildhood() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> stTherese().statutoryHighAge(110).build());

        assertEquals("Statutory high age must be from 0 to 99 years, not 110", refused.getMessage());
    }

    @Test
    void theLowAgeIsNotAboveTheHighAge() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> stTherese().statutoryLowAge(11).statutoryHighAge(4).build());

        assertEquals("The statutory low age (11) is above the statutory high age (4)", refused.getMessage());
    }

    @Test
    void theNumberOfPupilsIsNotNegative() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> stTherese().numberOfPupils(-1).build());

        assertEquals("The number of pupils cannot be negative: -1", refused.getMessage());
    }

    @Test
    void textLongerThanTheRegisterHoldsIsRefusedNotCut() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> stTherese().postcode("KT1 2AB KT1 2AB").build());

        assertEquals("Postcode has more than 10 characters: KT1 2AB KT1 2AB", refused.getMessage());
    }

    @Test
    void anOtherStatusCannotBeGivenWithoutItsWording() {
        assertThrows(IllegalArgumentException.class, () -> stTherese().status(EstablishmentStatus.OTHER));
    }

    @Test
    void aBuilderFromDetailsMakesEqualDetails() {
        SchoolDetails details = stTherese().build();

        assertEquals(details, details.toBuilder().build());
    }

    private static SchoolDetails.Builder stTherese() {
        return SchoolDetails.builder().laCode("314").laName("Kingston upon Thames").establishmentNumber("3000")
                .name("St Thérèse's Catholic Primary School").ukprn("10012345").status(EstablishmentStatus.OPEN)
                .openDate(LocalDate.of(2012, 9, 1)).phase("Primary").type("Voluntary aided school")
                .typeGroup("Local authority maintained schools").statutoryLowAge(4).statutoryHighAge(11)
                .street("Grange Road").locality("Norbiton").town("Kingston upon Thames").postcode("KT1 2AB").numberOfPupils(187);
    }
}
