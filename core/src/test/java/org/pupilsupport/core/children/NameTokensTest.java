package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class NameTokensTest {

    @Test
    void accentsAndCaseAreIgnored() {
        assertEquals(Set.of("ZOE", "CHLOE"), NameTokens.of("Zoë", "chloé"));
        assertEquals(Set.of("LUKASZ", "SOREN", "BJORN"), NameTokens.of("Łukasz", "Søren", "Björn"));
    }

    @Test
    void hyphenatedAndApostrophisedNamesAreFoundByEachPartAndWhole() {
        assertEquals(Set.of("O", "BRIEN", "OBRIEN", "SMITH", "OBRIENSMITH"), NameTokens.of("O'Brien-Smith"));
        assertEquals(Set.of("MARY", "ANNE", "MARYANNE"), NameTokens.of("Mary-Anne"));
    }

    @Test
    void typedWordsAreFoldedTheSameWay() {
        assertEquals(Set.of("ZOE", "OBRIEN"), NameTokens.typed("  zoë   obrien "));
        assertEquals(Set.of("O", "BRIEN"), NameTokens.typed("o'brien"));
        assertEquals(Set.of(), NameTokens.typed("%_*"), "nothing searchable, nothing to match");
    }

    @Test
    void aChildsTokensCoverLegalPreferredAndFormerNames() {
        Child child = new Child(new LegalName("Zoë", "Ann", "Kowalski"), java.time.LocalDate.of(2015, 1, 2), null, null,
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-29T10:00:00Z"), java.time.ZoneId.of("Europe/London")));
        child.recordPreferredName("Zo", null);
        child.changeLegalName(new LegalName("Zoë", "Ann", "Nowak"), java.time.LocalDate.of(2026, 11, 29));
        assertEquals("Kowalski", child.formerSurnames().get(0).value());
        assertEquals(Set.of("ZOE", "ANN", "NOWAK", "ZO", "KOWALSKI"), child.nameTokens(),
                "legal, preferred and former names, folded");
        child.recordPreferredName(null, null);
        assertEquals(Set.of("ZOE", "ANN", "NOWAK", "KOWALSKI"), child.nameTokens(), "a dropped preferred name stops matching");
        child.retireAsMergedInto("another-record");
        assertEquals(Set.of(), child.nameTokens(), "a merged record is found through its survivor, not by name");
        child.reinstate();
        assertEquals(Set.of("ZOE", "ANN", "NOWAK", "KOWALSKI"), child.nameTokens());
    }
}
