package org.pupilsupport.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.faces.convert.ConverterException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict date converters without a running Faces (no component: the message then says "The date"; a
 * field's own label is used on a page, see FormErrorsBrowserIT).
 */
class StrictDateConverterTest {

    private final StrictDateConverter converter = new StrictDateConverter();

    @ParameterizedTest
    @ValueSource(strings = {"28/02/2013", "28/2/2013", " 28/02/2013 ", "2013-02-28"})
    void readsDayMonthYearAndIsoDates(String typed) {
        assertEquals(LocalDate.of(2013, 2, 28), converter.getAsObject(null, null, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2013", "29/02/2013", "2013-02-31", "00/01/2013", "32/01/2013", "01/13/2013", "29/02/1900"})
    void refusesImpossibleDatesRatherThanMovingThem(String typed) {
        ConverterException refused = assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, typed));

        assertEquals("The date must be a real date, for example 27/03/2014", refused.getFacesMessage().getSummary());
        assertEquals(Optional.empty(), OfficerDates.parseDate(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"next Tuesday", "28/02/13", "28-02-2013", "28/02/2013x", "2013/02/28", "28.02.2013"})
    void refusesWhatItCannotReadInsteadOfGuessing(String typed) {
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, typed));
    }

    @Test
    void theMessageNamesTheFieldAndTheFormExpected() {
        assertEquals("Date of birth must be a real date, for example 27/03/2014", StrictDateConverter.refusal("Date of birth", "27/03/2014"));
        assertEquals("The date", StrictDateConverter.fieldName(null));
    }

    @Test
    void aLeapDayIsARealDate() {
        assertEquals(LocalDate.of(2016, 2, 29), converter.getAsObject(null, null, "29/02/2016"));
    }

    @Test
    void anEmptyFieldIsNoDate() {
        assertNull(converter.getAsObject(null, null, "  "));
        assertNull(converter.getAsObject(null, null, null));
        assertEquals("", converter.getAsString(null, null, null));
    }

    @Test
    void showsTheDateAsOfficersTypeIt() {
        assertEquals("07/03/2014", converter.getAsString(null, null, LocalDate.of(2014, 3, 7)));
    }

    @Test
    void dateAndTimeAreAsStrict() {
        StrictDateTimeConverter dateTime = new StrictDateTimeConverter();

        assertEquals(LocalDateTime.of(2026, 10, 21, 9, 5), dateTime.getAsObject(null, null, "21/10/2026 09:05"));
        assertEquals(LocalDateTime.of(2026, 10, 21, 9, 5), dateTime.getAsObject(null, null, "2026-10-21T09:05"));
        assertEquals("21/10/2026 09:05", dateTime.getAsString(null, null, LocalDateTime.of(2026, 10, 21, 9, 5)));
        ConverterException refused = assertThrows(ConverterException.class, () -> dateTime.getAsObject(null, null, "31/11/2026 10:00"));
        assertEquals("The date must be a real date, for example 27/03/2014 14:30", refused.getFacesMessage().getSummary());
        assertThrows(ConverterException.class, () -> dateTime.getAsObject(null, null, "21/10/2026 25:00"));
    }

    @Test
    void pagesShowOneDateFormat() {
        assertEquals("21 Oct 2026", OfficerDates.shown(LocalDate.of(2026, 10, 21)));
        assertEquals("21 Oct 2026 09:05", OfficerDates.shown(LocalDateTime.of(2026, 10, 21, 9, 5)));
    }
}
