package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Case references as officers quote and type them. */
class CaseReferenceTest {

    private static final String WHAT_A_REFERENCE_LOOKS_LIKE = "A case reference is three letters and a number, e.g. CME-000042";

    @Test
    void parsesTheFormPrintedOnLetters() {
        CaseReference reference = CaseReference.parse("CME-000042");

        assertEquals(new CaseReference(ServiceArea.MISSING_EDUCATION, 42), reference);
    }

    @Test
    void parsesLowerCaseWithoutHyphenOrPadding() {
        CaseReference reference = CaseReference.parse("cme42");

        assertEquals(new CaseReference(ServiceArea.MISSING_EDUCATION, 42), reference);
    }

    @Test
    void parsesAShortNumberWithAHyphen() {
        CaseReference reference = CaseReference.parse("EXC-7");

        assertEquals(ServiceArea.SUSPENSION_OR_EXCLUSION, reference.area());
        assertEquals(7, reference.number());
    }

    @Test
    void ignoresSpacesAroundWhatWasTyped() {
        CaseReference reference = CaseReference.parse("  s19-0012 ");

        assertEquals(new CaseReference(ServiceArea.HEALTH_NEEDS, 12), reference);
    }

    @Test
    void printsTheNumberPaddedToSixDigits() {
        assertEquals("EXC-000007", new CaseReference(ServiceArea.SUSPENSION_OR_EXCLUSION, 7).toString());
        assertEquals("CME-000042", CaseReference.parse("cme42").toString());
    }

    @Test
    void aNumberLongerThanSixDigitsIsPrintedWhole() {
        assertEquals("RTT-1234567", new CaseReference(ServiceArea.REDUCED_TIMETABLE, 1234567).toString());
    }

    @Test
    void textThatIsNotShapedLikeAReferenceIsRefusedWithAnExample() {
        for (String typed : new String[] {"CME-", "CM-42", "CME 42", "CME-42a", "Smith", "", "   ", null}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CaseReference.parse(typed),
                    "should refuse " + typed);
            assertEquals(WHAT_A_REFERENCE_LOOKS_LIKE, refused.getMessage(), "message for " + typed);
        }
    }

    @Test
    void lettersThatNameNoServiceAreaAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CaseReference.parse("XYZ-000042"));

        assertEquals("No service area has the reference letters \"XYZ\"", refused.getMessage());
    }

    @Test
    void caseNumberZeroIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CaseReference.parse("CME-000000"));

        assertEquals("A case number starts at 1", refused.getMessage());
    }

    @Test
    void moreThanTwelveSignificantDigitsIsNotAReference() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CaseReference.parse("CME-1234567890123"));

        assertEquals(WHAT_A_REFERENCE_LOOKS_LIKE, refused.getMessage());
    }

    @Test
    void looksLikeOneForReferencesOfKnownAreasOnly() {
        assertTrue(CaseReference.looksLikeOne("CME-000042"));
        assertTrue(CaseReference.looksLikeOne("exc7"));
        assertTrue(CaseReference.looksLikeOne(" S19-3 "));
        // A search box also takes names and other numbers: these go to the name search instead.
        assertFalse(CaseReference.looksLikeOne("XYZ-42"));
        assertFalse(CaseReference.looksLikeOne("Amy42"));
        assertFalse(CaseReference.looksLikeOne("Smith"));
        assertFalse(CaseReference.looksLikeOne("123456"));
        assertFalse(CaseReference.looksLikeOne(""));
        assertFalse(CaseReference.looksLikeOne(null));
    }
}
