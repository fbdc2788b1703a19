package org.pupilsupport.core.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChildSearchTextTest {

    @Test
    void partOfAUpnIsRefusedWithTheWholeUpnAsked() {
        String expected = "Enter the full 13-character UPN, such as B801200005001: search does not match part of a UPN";
        assertEquals(Optional.of(expected), ChildSearchText.problemWith("B8012"));
        assertEquals(Optional.of(expected), ChildSearchText.problemWith(" b801200005 "));
        assertEquals(Optional.of(expected), ChildSearchText.problemWith("80120000"));
    }

    @Test
    void aWholeUpnWithAWrongCheckLetterSaysSo() {
        Optional<String> problem = ChildSearchText.problemWith("A801200005001");
        assertTrue(problem.orElseThrow().startsWith("The check letter of UPN A801200005001 should be B"), problem.toString());
        assertEquals(Optional.empty(), ChildSearchText.problemWith("B801200005001"));
    }

    @Test
    void datesAreReadAsDdMmYyyyOrIso() {
        assertEquals(Optional.of(LocalDate.of(2014, 3, 27)), ChildSearchText.asDate("27/03/2014"));
        assertEquals(Optional.of(LocalDate.of(2014, 3, 27)), ChildSearchText.asDate("2014-03-27"));
        assertEquals(Optional.empty(), ChildSearchText.asDate("31/02/2014"), "an impossible date is not a date");
        assertEquals(Optional.empty(), ChildSearchText.asDate("2014-02-31"));
        assertTrue(ChildSearchText.problemWith("2014-02-31").orElseThrow().startsWith("Enter a date of birth as dd/mm/yyyy or yyyy-mm-dd"));
    }

    @Test
    void namesUrnsAndPostcodesPass() {
        assertEquals(Optional.empty(), ChildSearchText.problemWith("zoe okonkwo"));
        assertEquals(Optional.empty(), ChildSearchText.problemWith("991400"));
        assertEquals(Optional.empty(), ChildSearchText.problemWith("kt2 5au"));
        assertEquals(Optional.empty(), ChildSearchText.problemWith("2014-03-27"));
        assertEquals(Optional.empty(), ChildSearchText.problemWith(""));
        assertTrue(ChildSearchText.problemWith("Smith 12").orElseThrow().startsWith("Names have no digits"));
    }
}
