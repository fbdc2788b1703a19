package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTest {

    @Test
    void acceptsAPermanentUpnWhoseCheckLetterMatches() {
        // Characters 2-13 of B801200005001 weighted 2..13: 8*2 + 1*4 + 2*5 + 5*10 + 1*13 = 93; 93 mod 23 = 1 -> B
        Upn upn = new Upn("B801200005001");

        assertEquals("B801200005001", upn.value());
        assertEquals("B801200005001", upn.toString());
        assertFalse(upn.isTemporary());
    }

    @Test
    void refusesAWrongCheckLetterSayingWhichLetterItShouldBe() {
        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> new Upn("C801200005001"));

        assertEquals("The check letter of UPN C801200005001 should be B, not C: check it was copied correctly",
                refused.getMessage());
    }

    @Test
    void acceptsATemporaryUpnEndingInALetter() {
        // Same digits as B801200005001 but ending in Z, which counts as 22 (its index in the check alphabet):
        // 8*2 + 1*4 + 2*5 + 5*10 + 22*13 = 366; 366 mod 23 = 21 -> Y
        Upn upn = new Upn("Y80120000500Z");

        assertTrue(upn.isTemporary());
        assertEquals("801", upn.issuingLaCode());
    }

    @Test
    void refusesATemporaryUpnWithTheWrongCheckLetter() {
        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> new Upn("B80120000500Z"));

        assertEquals("The check letter of UPN B80120000500Z should be Y, not B: check it was copied correctly",
                refused.getMessage());
    }

    @Test
    void issuesATemporaryUpnThatValidates() {
        Upn issued = Upn.issue("314", "2000", 2026, "01A");

        assertEquals("31420002601A", issued.value().substring(1));
        assertTrue(issued.isTemporary());
        assertEquals(issued, new Upn(issued.value()));
    }

    @Test
    void issuesTheDfeExampleFromItsParts() {
        Upn issued = Upn.issue("801", "2000", 2005, "001");

        assertEquals("B801200005001", issued.value());
        assertEquals(issued, Upn.parse(issued.value().toLowerCase()));
    }

    @Test
    void refusesTwelveCharacters() {
        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> Upn.parse("B80120000500"));

        assertEquals("A UPN has 13 characters; 'B80120000500' has 12", refused.getMessage());
    }

    @Test
    void refusesFourteenCharacters() {
        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> Upn.parse("B8012000050012"));

        assertEquals("A UPN has 13 characters; 'B8012000050012' has 14", refused.getMessage());
    }

    @Test
    void parseUpperCasesAndStripsWhatWasTyped() {
        assertEquals(new Upn("B801200005001"), Upn.parse("  b801200005001 "));
        assertEquals("Y80120000500Z", Upn.parse("y80120000500z").value());
    }

    @Test
    void canonicalConstructorRefusesLowerCase() {
        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> new Upn("b801200005001"));

        assertEquals("A UPN starts with a capital check letter (not I, O or S); 'b801200005001' starts with 'b'",
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S"})
    void refusesIOrSAsCheckLetter(String letter) {
        String value = letter + "801200005001";

        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> new Upn(value));

        assertEquals("A UPN starts with a capital check letter (not I, O or S); '" + value + "' starts with '" + letter + "'",
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S"})
    void refusesIOrSAsFinalLetter(String letter) {
        String value = "B80120000500" + letter;

        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> new Upn(value));

        assertEquals("The last character of a UPN is a digit, or a capital letter (not I, O or S) for a temporary UPN; '"
                + value + "' ends in '" + letter + "'", refused.getMessage());
    }

    @Test
    void refusesALetterAmongTheDigits() {
        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> new Upn("B8012X0005001"));

        assertEquals("Characters 2 to 12 of a UPN are digits; 'B8012X0005001' has 'X' at position 6", refused.getMessage());
    }

    @Test
    void refusesANonAsciiDigitAmongTheDigits() {
        // U+0660 ARABIC-INDIC DIGIT ZERO is a digit to Character.isDigit, but not to the DfE
        String value = "B8012000\u06605001";

        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> new Upn(value));

        assertEquals("Characters 2 to 12 of a UPN are digits; '" + value + "' has '\u0660' at position 9", refused.getMessage());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void parseOfNothingAsksForTheUpn(String typed) {
        InvalidUpnException refused = assertThrows(InvalidUpnException.class, () -> Upn.parse(typed));

        assertEquals("Enter the UPN: 13 characters, such as B801200005001", refused.getMessage());
    }

    @Test
    void issuingLaCodeIsCharactersTwoToFour() {
        assertEquals("314", Upn.issue("314", "2000", 2024, "123").issuingLaCode());
        assertEquals("318", Upn.issue("318", "4001", 2019, "99K").issuingLaCode());
    }

    @Test
    void isTemporaryOnlyWhenTheLastCharacterIsALetter() {
        assertFalse(Upn.issue("318", "4001", 2019, "990").isTemporary());
        assertTrue(Upn.issue("318", "4001", 2019, "99K").isTemporary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "457", "999", "00A", "12H", "99Z"})
    void everyIssuedUpnRoundTripsThroughTheConstructorAndParse(String serial) {
        Upn issued = Upn.issue("207", "3614", 2031, serial);

        assertEquals("2073614" + "31" + serial, issued.value().substring(1));
        assertEquals(issued, new Upn(issued.value()));
        assertEquals(issued, Upn.parse(issued.value()));
    }
}
