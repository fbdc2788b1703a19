package org.pupilsupport.core.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class EstablishmentStatusTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Open | OPEN",
        "Closed | CLOSED",
        "CLOSED | CLOSED",
        "Open, but proposed to close | OPEN_BUT_PROPOSED_TO_CLOSE",
        "Open but proposed to close | OPEN_BUT_PROPOSED_TO_CLOSE",
        "Proposed to open | PROPOSED_TO_OPEN",
        "proposed  to  open | PROPOSED_TO_OPEN",
        "Suspended | OTHER"
    })
    void readsGiasWordingLeniently(String text, EstablishmentStatus expected) {
        assertEquals(expected, EstablishmentStatus.fromGiasText(text));
    }

    @ParameterizedTest
    @NullSource
    void noWordingIsOther(String text) {
        assertEquals(EstablishmentStatus.OTHER, EstablishmentStatus.fromGiasText(text));
    }
}
