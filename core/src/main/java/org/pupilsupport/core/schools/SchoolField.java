package org.pupilsupport.core.schools;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The details of a school that come from GIAS, each with the label officers see. The one list that both
 * comparison (what counts as a change) and equality of {@link SchoolDetails} are built from, so a detail
 * added to the register cannot be forgotten by either.
 */
public enum SchoolField {
    NAME("Name", SchoolDetails::name, (to, from) -> to.name(from.name())),
    STATUS("Status", SchoolDetails::statusName, (to, from) -> to.statusName(from.statusName())),
    LA_CODE("LA code", SchoolDetails::laCode, (to, from) -> to.laCode(from.laCode())),
    LA_NAME("LA name", SchoolDetails::laName, (to, from) -> to.laName(from.laName())),
    ESTABLISHMENT_NUMBER("Establishment number", SchoolDetails::establishmentNumber,
            (to, from) -> to.establishmentNumber(from.establishmentNumber())),
    UKPRN("UKPRN", SchoolDetails::ukprn, (to, from) -> to.ukprn(from.ukprn())),
    OPEN_DATE("Open date", SchoolDetails::openDate, (to, from) -> to.openDate(from.openDate())),
    CLOSE_DATE("Close date", SchoolDetails::closeDate, (to, from) -> to.closeDate(from.closeDate())),
    PHASE("Phase of education", SchoolDetails::phase, (to, from) -> to.phase(from.phase())),
    TYPE("Type of establishment", SchoolDetails::type, (to, from) -> to.type(from.type())),
    TYPE_GROUP("Establishment type group", SchoolDetails::typeGroup, (to, from) -> to.typeGroup(from.typeGroup())),
    STATUTORY_LOW_AGE("Statutory low age", SchoolDetails::statutoryLowAge, (to, from) -> to.statutoryLowAge(from.statutoryLowAge())),
    STATUTORY_HIGH_AGE("Statutory high age", SchoolDetails::statutoryHighAge, (to, from) -> to.statutoryHighAge(from.statutoryHighAge())),
    STREET("Street", SchoolDetails::street, (to, from) -> to.street(from.street())),
    LOCALITY("Locality", SchoolDetails::locality, (to, from) -> to.locality(from.locality())),
    TOWN("Town", SchoolDetails::town, (to, from) -> to.town(from.town())),
    POSTCODE("Postcode", SchoolDetails::postcode, (to, from) -> to.postcode(from.postcode())),
    NUMBER_OF_PUPILS("Number of pupils", SchoolDetails::numberOfPupils, (to, from) -> to.numberOfPupils(from.numberOfPupils()));

    private static final DateTimeFormatter BRITISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String label;
    private final Function<SchoolDetails, Object> value;
    private final BiConsumer<SchoolDetails.Builder, SchoolDetails> copy;

    SchoolField(String label, Function<SchoolDetails, Object> value, BiConsumer<SchoolDetails.Builder, SchoolDetails> copy) {
        this.label = label;
        this.value = value;
        this.copy = copy;
    }

    /** What officers call this detail, e.g. "Phase of education". */
    public String label() {
        return label;
    }

    Object valueIn(SchoolDetails details) {
        return value.apply(details);
    }

    /** The value as an officer reads it, or null when there is none. */
    String displayedIn(SchoolDetails details) {
        Object shown = valueIn(details);
        return shown instanceof LocalDate date ? BRITISH_DATE.format(date) : shown == null ? null : shown.toString();
    }

    void copy(SchoolDetails from, SchoolDetails.Builder to) {
        copy.accept(to, from);
    }
}
