package org.pupilsupport.core.schools.gias;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.BiConsumer;

import org.pupilsupport.core.schools.SchoolDetails;
import org.pupilsupport.core.schools.SchoolField;

/**
 * The columns of a GIAS establishment extract that the register uses, by their exact heading in the
 * DfE's file (coded columns come as a "(code)" and a "(name)" pair; the register takes the name, except
 * for the LA). The extract has about 130 other columns, which are ignored.
 */
enum GiasColumn {
    URN("URN", null, true, (details, value) -> {
        // Read by GiasExtractReader itself: the URN identifies the school rather than describing it.
    }),
    LA_CODE("LA (code)", SchoolField.LA_CODE, true, SchoolDetails.Builder::laCode),
    LA_NAME("LA (name)", SchoolField.LA_NAME, false, SchoolDetails.Builder::laName),
    ESTABLISHMENT_NUMBER("EstablishmentNumber", SchoolField.ESTABLISHMENT_NUMBER, false, SchoolDetails.Builder::establishmentNumber),
    NAME("EstablishmentName", SchoolField.NAME, true, SchoolDetails.Builder::name),
    STATUS("EstablishmentStatus (name)", SchoolField.STATUS, true, SchoolDetails.Builder::statusName),
    TYPE("TypeOfEstablishment (name)", SchoolField.TYPE, false, SchoolDetails.Builder::type),
    TYPE_GROUP("EstablishmentTypeGroup (name)", SchoolField.TYPE_GROUP, false, SchoolDetails.Builder::typeGroup),
    PHASE("PhaseOfEducation (name)", SchoolField.PHASE, false, SchoolDetails.Builder::phase),
    OPEN_DATE("OpenDate", SchoolField.OPEN_DATE, false, (details, value) -> details.openDate(Values.date("OpenDate", value))),
    CLOSE_DATE("CloseDate", SchoolField.CLOSE_DATE, false, (details, value) -> details.closeDate(Values.date("CloseDate", value))),
    STATUTORY_LOW_AGE("StatutoryLowAge", SchoolField.STATUTORY_LOW_AGE, false,
            (details, value) -> details.statutoryLowAge(Values.wholeNumber("StatutoryLowAge", value))),
    STATUTORY_HIGH_AGE("StatutoryHighAge", SchoolField.STATUTORY_HIGH_AGE, false,
            (details, value) -> details.statutoryHighAge(Values.wholeNumber("StatutoryHighAge", value))),
    UKPRN("UKPRN", SchoolField.UKPRN, false, SchoolDetails.Builder::ukprn),
    STREET("Street", SchoolField.STREET, false, SchoolDetails.Builder::street),
    LOCALITY("Locality", SchoolField.LOCALITY, false, SchoolDetails.Builder::locality),
    TOWN("Town", SchoolField.TOWN, false, SchoolDetails.Builder::town),
    POSTCODE("Postcode", SchoolField.POSTCODE, false, SchoolDetails.Builder::postcode),
    NUMBER_OF_PUPILS("NumberOfPupils", SchoolField.NUMBER_OF_PUPILS, false,
            (details, value) -> details.numberOfPupils(Values.wholeNumber("NumberOfPupils", value)));

    private final String heading;
    private final SchoolField field;
    private final boolean required;
    private final BiConsumer<SchoolDetails.Builder, String> reader;

    GiasColumn(String heading, SchoolField field, boolean required, BiConsumer<SchoolDetails.Builder, String> reader) {
        this.heading = heading;
        this.field = field;
        this.required = required;
        this.reader = reader;
    }

    String heading() {
        return heading;
    }

    /** The register's detail this column fills; null for the URN. */
    SchoolField field() {
        return field;
    }

    /** Without it a row cannot make a school, so a file lacking it is refused outright. */
    boolean isRequired() {
        return required;
    }

    /**
     * Puts the value into the details being built; an empty value means none.
     *
     * @throws IllegalArgumentException if the value cannot be read as this column's kind of value
     */
    void read(String value, SchoolDetails.Builder details) {
        reader.accept(details, value);
    }

    /** How GIAS writes values other than text. Apart from the enum, so its constants can use these at start-up. */
    static final class Values {

        // GIAS writes dd-mm-yyyy; a file opened and saved in a spreadsheet comes back dd/mm/yyyy.
        private static final DateTimeFormatter GIAS_DATE = DateTimeFormatter.ofPattern("[dd-MM-uuuu][dd/MM/uuuu]")
                .withResolverStyle(ResolverStyle.STRICT);

        private Values() {
        }

        static LocalDate date(String heading, String value) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value, GIAS_DATE);
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException(heading + " '" + value + "' is not a date written as dd-mm-yyyy, such as 01-09-2012");
            }
        }

        static Integer wholeNumber(String heading, String value) {
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(heading + " '" + value + "' is not a whole number");
            }
        }
    }
}
