package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Merging two records of one child copies only what the survivor lacks, and can be taken back exactly. */
class ChildMergeTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final Child survivor = new Child(new LegalName("Ada", null, "Okafor"), LocalDate.of(2015, 1, 2), Upn.parse("B801200005001"), null, CLOCK);
    private final Child duplicate = new Child(new LegalName("Ada", null, "Okafor-Smith"), LocalDate.of(2015, 1, 2),
            Upn.issue("801", "2000", 2020, "05A"), null, CLOCK);

    @Test
    void theSurvivorGainsWhatItLackedAndKeepsWhatItHad() {
        survivor.moveHome(new HomeAddress("1 New Road", null, null, "KT1 1AA", LocalDate.of(2024, 1, 1)));
        duplicate.moveHome(new HomeAddress("9 Old Road", null, null, "KT2 2BB", LocalDate.of(2019, 1, 1)));
        duplicate.moveHome(new HomeAddress("1 New Road", null, null, "KT1 1AA", LocalDate.of(2024, 1, 1)));
        duplicate.addContact(new CarerContact.Details("Grace Okafor", CarerRelationship.MOTHER, true, true, null, null, null, null));

        List<String> copied = survivor.absorb(duplicate, TODAY);

        assertEquals(Upn.parse("B801200005001"), survivor.upn(), "the survivor keeps its UPN");
        assertEquals(List.of(duplicate.upn().value()), survivor.formerUpns().stream().map(FormerIdentifier::value).toList());
        assertEquals(List.of("Okafor-Smith"), survivor.formerSurnames().stream().map(FormerIdentifier::value).toList());
        assertEquals(List.of("9 Old Road", "1 New Road"), survivor.addresses().stream().map(HomeAddress::line1).toList(),
                "the past address joins, in date order; the same current one is not doubled");
        assertEquals(1, survivor.contacts().size());
        assertEquals(4, copied.size(), "the UPN, the surname, the old address and the contact, nothing else: " + copied);
    }

    @Test
    void releasingTakesOutExactlyWhatWasCopied() {
        survivor.addContact(new CarerContact.Details("Kwame Okafor", CarerRelationship.FATHER, true, true, null, null, null, null));
        duplicate.addContact(new CarerContact.Details("Grace Okafor", CarerRelationship.MOTHER, true, true, null, null, null, null));
        duplicate.recordSenProvision(SenProvision.SEN_SUPPORT, LocalDate.of(2022, 9, 1));
        List<String> copied = survivor.absorb(duplicate, TODAY);
        assertEquals(2, survivor.contacts().size());

        survivor.release(copied);

        assertEquals(List.of("Kwame Okafor"), survivor.contacts().stream().map(CarerContact::name).toList());
        assertEquals(List.of(), survivor.formerUpns());
        assertEquals(List.of(), survivor.senHistory());
    }

    @Test
    void aRecordCannotBeMergedIntoItselfAndMergesExpire() {
        assertThrows(IllegalArgumentException.class, () -> survivor.retireAsMergedInto(survivor.id()));
        duplicate.retireAsMergedInto(survivor.id());
        assertEquals(survivor.id(), duplicate.mergedIntoId());

        ChildMerge merge = new ChildMerge(survivor.id(), duplicate.id(), NOW, "k.senior", List.of());
        assertTrue(merge.isReversibleAt(NOW.plus(java.time.Duration.ofDays(30)), 30), "the last day still counts");
        assertFalse(merge.isReversibleAt(NOW.plus(java.time.Duration.ofDays(31)), 30));
        merge.reverse(NOW, "k.senior");
        assertFalse(merge.isReversibleAt(NOW, 30), "an undone merge cannot be undone again");
    }
}
