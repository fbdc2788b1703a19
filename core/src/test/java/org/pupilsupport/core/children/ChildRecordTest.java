package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pupilsupport.core.schools.School;

/** The parts of a child's record that keep history: names, UPNs, addresses, carers, enrolments, SEN. */
class ChildRecordTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final School LATCHMERE = new School(102587, "314", "2000", "Latchmere School", "Primary", "Academy");
    private static final School TOLWORTH = new School(102600, "314", "2010", "Tolworth Junior School", "Primary", "Community school");
    private static final School PRU = new School(135000, "314", "1100", "Malden Oaks", "Not applicable", "Pupil referral unit");

    private final Child child = new Child(new LegalName("Ada", null, "Okafor"), LocalDate.of(2015, 1, 2), null, null, CLOCK);

    @Test
    void aChangedSurnameIsKeptAsAFormerSurnameButACorrectedForenameIsNot() {
        child.changeLegalName(new LegalName("Adah", null, "Okafor"), TODAY);
        assertEquals(List.of(), child.formerSurnames());
        child.changeLegalName(new LegalName("Adah", null, "Mensah-Okafor"), TODAY);
        assertEquals("Okafor", child.formerSurnames().get(0).value());
        assertEquals(TODAY.minusDays(1), child.formerSurnames().get(0).until());
    }

    @Test
    void aReplacedUpnIsKeptAsAFormerUpn() {
        Upn temporary = Upn.issue("314", "2000", 2020, "05A");
        Upn permanent = Upn.parse("B801200005001");
        child.replaceUpn(temporary, TODAY);
        assertEquals(List.of(), child.formerUpns(), "no UPN before, nothing to keep");
        child.replaceUpn(permanent, TODAY);
        assertEquals(permanent, child.upn());
        assertEquals(temporary.value(), child.formerUpns().get(0).value());
        assertThrows(IllegalArgumentException.class, () -> child.replaceUpn(permanent, TODAY));
    }

    @Test
    void movingHomeEndsTheCurrentAddressTheDayBefore() {
        child.moveHome(new HomeAddress("12 Acacia Avenue", null, "Kingston upon Thames", "kt1 1eu", LocalDate.of(2020, 5, 1)));
        child.moveHome(new HomeAddress("Flat 3, 40 High Street", "Surbiton", "Kingston upon Thames", "KT6 4AB", LocalDate.of(2025, 9, 15)));
        List<HomeAddress> addresses = child.addresses();
        assertEquals(LocalDate.of(2025, 9, 14), addresses.get(0).to());
        assertTrue(addresses.get(1).isCurrent());
        assertEquals("KT1 1EU", addresses.get(0).postcode());
        assertEquals("Flat 3, 40 High Street, Surbiton, Kingston upon Thames, KT6 4AB", child.currentAddress().orElseThrow().oneLine());
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class,
                () -> child.moveHome(new HomeAddress("1 Old Road", null, null, "KT2 5AA", LocalDate.of(2025, 9, 1))));
        assertTrue(backwards.getMessage().startsWith("The move-in date must be after 2025-09-15"), backwards.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> child.moveHome(new HomeAddress("1 Old Road", null, null, "KT2 5AA", LocalDate.of(2014, 1, 1))), "before birth");
    }

    @Test
    void postcodesAreCheckedAndWrittenTheStandardWay() {
        assertEquals("SW1A 1AA", Postcode.normalised(" sw1a1aa "));
        assertEquals("TW9 1DN", Postcode.normalised("TW91DN"));
        assertEquals("\"KT1\" is not a UK postcode (for example KT1 1EU)",
                assertThrows(IllegalArgumentException.class, () -> Postcode.normalised("KT1")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Postcode.normalised("12345"));
    }

    @Test
    void aChildHasOneMainSchoolAtATimeAndASubsidiaryOnlyBesideIt() {
        assertThrows(IllegalArgumentException.class, () -> child.enrol(PRU, EnrolmentStatus.SUBSIDIARY_DUAL, LocalDate.of(2024, 9, 1)),
                "a subsidiary registration needs a main one");
        Enrolment main = child.enrol(LATCHMERE, EnrolmentStatus.MAIN_DUAL, LocalDate.of(2019, 9, 1));
        child.enrol(PRU, EnrolmentStatus.SUBSIDIARY_DUAL, LocalDate.of(2025, 1, 6));
        assertEquals(LATCHMERE, child.school());
        IllegalArgumentException second = assertThrows(IllegalArgumentException.class,
                () -> child.enrol(TOLWORTH, EnrolmentStatus.CURRENT_SINGLE, LocalDate.of(2025, 4, 22)));
        assertTrue(second.getMessage().contains("record the leaving date there first"), second.getMessage());

        child.leaveSchool(main.id(), LocalDate.of(2025, 4, 17));
        assertNull(child.school(), "no main school once the child has left it");
        child.enrol(TOLWORTH, EnrolmentStatus.CURRENT_SINGLE, LocalDate.of(2025, 4, 22));
        assertEquals(TOLWORTH, child.school());
        assertEquals(2, child.currentEnrolments().size(), "the subsidiary registration continues");
        assertThrows(IllegalArgumentException.class, () -> child.leaveSchool(main.id(), LocalDate.of(2025, 5, 1)), "already left");
        assertThrows(IllegalArgumentException.class, () -> child.enrol(TOLWORTH, EnrolmentStatus.CURRENT_SINGLE, LocalDate.of(2014, 9, 1)));
    }

    @Test
    void aLeavingDateBeforeJoiningIsRefused() {
        Enrolment enrolment = child.enrol(LATCHMERE, EnrolmentStatus.CURRENT_SINGLE, LocalDate.of(2019, 9, 1));
        assertThrows(IllegalArgumentException.class, () -> child.leaveSchool(enrolment.id(), LocalDate.of(2019, 8, 31)));
        assertTrue(enrolment.isCurrent());
    }

    @Test
    void senProvisionKeepsItsHistoryInOrder() {
        child.recordSenProvision(SenProvision.SEN_SUPPORT, LocalDate.of(2022, 9, 1));
        child.recordSenProvision(SenProvision.EHC_PLAN, LocalDate.of(2024, 3, 12));
        assertEquals(SenProvision.EHC_PLAN, child.currentSenProvision().orElseThrow());
        assertEquals(2, child.senHistory().size());
        assertThrows(IllegalArgumentException.class, () -> child.recordSenProvision(SenProvision.NO_SEN, LocalDate.of(2023, 1, 1)));
        assertEquals(SenProvision.SEN_SUPPORT, SenProvision.ofDfeCode("k"));
        assertThrows(IllegalArgumentException.class, () -> SenProvision.ofDfeCode("S"));
    }

    @Test
    void carersAreValidatedAndCanBeChangedOrRemoved() {
        CarerContact mother = child.addContact(new CarerContact.Details("  Grace   Okafor ", CarerRelationship.MOTHER, true, true,
                "020 8547 5000", null, "Grace.Okafor@Example.org", null));
        assertEquals("Grace Okafor", mother.name());
        assertEquals("grace.okafor@example.org", mother.email());
        assertThrows(IllegalArgumentException.class, () -> child.addContact(new CarerContact.Details("Someone", CarerRelationship.FATHER,
                false, false, "call me", null, null, null)), "not a phone number");
        assertThrows(IllegalArgumentException.class, () -> child.addContact(new CarerContact.Details(" ", CarerRelationship.FATHER,
                false, false, null, null, null, null)), "a name is needed");
        child.updateContact(mother.id(), new CarerContact.Details("Grace Okafor", CarerRelationship.MOTHER, true, false,
                "020 8547 5000", "07700 900123", null, "4 Other Street, KT2 6AA"));
        assertFalse(child.contact(mother.id()).livesWithChild());
        child.removeContact(mother.id());
        assertEquals(List.of(), child.contacts());
        assertThrows(IllegalArgumentException.class, () -> child.removeContact(mother.id()));
    }

    @Test
    void theKnownAsNameUsesPreferredPartsWhereRecorded() {
        assertEquals("Ada Okafor", child.knownAs());
        child.recordPreferredName("Addie", " ");
        assertEquals("Addie Okafor", child.knownAs());
        assertNull(child.preferredSurname());
    }
}
