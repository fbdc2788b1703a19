package org.pupilsupport.core.schools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the DfE register (GIAS) says about a school, as one value: compared as a whole to tell whether a
 * refresh changed anything, and replaced as a whole when it did. Built only through {@link Builder}, whose
 * {@code build()} refuses details that break the register's rules, with a message an officer can act on,
 * so a GIAS row, a demo school and anything added by hand meet the same rules.
 *
 * <p>Text is kept as GIAS publishes it, except that runs of spaces and line breaks become one space: a
 * GIAS address line or name is one line, and a stray line break inside a quoted value is not meaningful.
 */
@Embeddable
public class SchoolDetails {

    public static final int LONGEST_NAME = 200;
    static final int LONGEST_STATUS = 40;
    static final int LONGEST_PHASE = 40;
    static final int LONGEST_TYPE = 80;
    static final int LONGEST_ADDRESS_LINE = 100;
    static final int LONGEST_POSTCODE = 10;
    /** Statutory ages are in years; GIAS's widest range is 0 to 25 (special schools and colleges). */
    static final int OLDEST_STATUTORY_AGE = 99;

    private static final Pattern LA_CODE = Pattern.compile("\\d{3}");
    private static final Pattern ESTABLISHMENT_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern UKPRN = Pattern.compile("\\d{8}");
    // GIAS text carries no-break spaces (0xA0 in Windows-1252) where a space was meant.
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    @Column(name = "LA_CODE", nullable = false, length = 3)
    private String laCode;

    @Column(name = "LA_NAME", length = LONGEST_ADDRESS_LINE)
    private String laName;

    @Column(name = "ESTABLISHMENT_NUMBER", length = 4)
    private String establishmentNumber;

    @Column(name = "NAME", nullable = false, length = LONGEST_NAME)
    private String name;

    @Column(name = "UKPRN", length = 8)
    private String ukprn;

    @Column(name = "ESTABLISHMENT_STATUS", nullable = false, length = LONGEST_STATUS)
    private String statusName;

    @Column(name = "OPEN_DATE")
    private LocalDate openDate;

    @Column(name = "CLOSE_DATE")
    private LocalDate closeDate;

    @Column(name = "PHASE", length = LONGEST_PHASE)
    private String phase;

    @Column(name = "ESTABLISHMENT_TYPE", length = LONGEST_TYPE)
    private String type;

    @Column(name = "ESTABLISHMENT_TYPE_GROUP", length = LONGEST_TYPE)
    private String typeGroup;

    @Column(name = "STATUTORY_LOW_AGE")
    private Integer statutoryLowAge;

    @Column(name = "STATUTORY_HIGH_AGE")
    private Integer statutoryHighAge;

    @Column(name = "STREET", length = LONGEST_ADDRESS_LINE)
    private String street;

    @Column(name = "LOCALITY", length = LONGEST_ADDRESS_LINE)
    private String locality;

    @Column(name = "TOWN", length = LONGEST_ADDRESS_LINE)
    private String town;

    @Column(name = "POSTCODE", length = LONGEST_POSTCODE)
    private String postcode;

    @Column(name = "NUMBER_OF_PUPILS")
    private Integer numberOfPupils;

    protected SchoolDetails() {
        // for JPA
    }

    private SchoolDetails(Builder given) {
        if (given.laCode == null || !LA_CODE.matcher(given.laCode).matches()) {
            throw new IllegalArgumentException("An LA code has three digits: " + given.laCode);
        }
        if (given.establishmentNumber != null && !ESTABLISHMENT_NUMBER.matcher(given.establishmentNumber).matches()) {
            throw new IllegalArgumentException("An establishment number has four digits: " + given.establishmentNumber);
        }
        if (given.ukprn != null && !UKPRN.matcher(given.ukprn).matches()) {
            throw new IllegalArgumentException("A UKPRN has eight digits: " + given.ukprn);
        }
        this.laCode = given.laCode;
        this.establishmentNumber = given.establishmentNumber;
        this.ukprn = given.ukprn;
        this.name = text(SchoolField.NAME, given.name, LONGEST_NAME);
        if (name == null) {
            throw new IllegalArgumentException("A school needs a name");
        }
        this.statusName = text(SchoolField.STATUS, given.statusName, LONGEST_STATUS);
        if (statusName == null) {
            throw new IllegalArgumentException("A school needs an establishment status, such as Open or Closed");
        }
        this.laName = text(SchoolField.LA_NAME, given.laName, LONGEST_ADDRESS_LINE);
        this.openDate = given.openDate;
        this.closeDate = given.closeDate;
        this.phase = text(SchoolField.PHASE, given.phase, LONGEST_PHASE);
        this.type = text(SchoolField.TYPE, given.type, LONGEST_TYPE);
        this.typeGroup = text(SchoolField.TYPE_GROUP, given.typeGroup, LONGEST_TYPE);
        this.statutoryLowAge = age(SchoolField.STATUTORY_LOW_AGE, given.statutoryLowAge);
        this.statutoryHighAge = age(SchoolField.STATUTORY_HIGH_AGE, given.statutoryHighAge);
        if (statutoryLowAge != null && statutoryHighAge != null && statutoryLowAge > statutoryHighAge) {
            throw new IllegalArgumentException("The statutory low age (" + statutoryLowAge + ") is above the statutory high age ("
                    + statutoryHighAge + ")");
        }
        this.street = text(SchoolField.STREET, given.street, LONGEST_ADDRESS_LINE);
        this.locality = text(SchoolField.LOCALITY, given.locality, LONGEST_ADDRESS_LINE);
        this.town = text(SchoolField.TOWN, given.town, LONGEST_ADDRESS_LINE);
        String spacedPostcode = text(SchoolField.POSTCODE, given.postcode, LONGEST_POSTCODE);
        // Upper case so "kt1 2ab" and "KT1 2AB" are one postcode for a search and for a refresh's comparison.
        this.postcode = spacedPostcode == null ? null : spacedPostcode.toUpperCase(Locale.ROOT);
        if (given.numberOfPupils != null && given.numberOfPupils < 0) {
            throw new IllegalArgumentException("The number of pupils cannot be negative: " + given.numberOfPupils);
        }
        this.numberOfPupils = given.numberOfPupils;
    }

    private static String text(SchoolField field, String given, int longest) {
        if (given == null) {
            return null;
        }
        String oneLine = WHITESPACE.matcher(given).replaceAll(" ").strip();
        if (oneLine.isEmpty()) {
            return null;
        }
        if (oneLine.length() > longest) {
            String start = oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
            throw new IllegalArgumentException(field.label() + " has more than " + longest + " characters: " + start);
        }
        return oneLine;
    }

    private static Integer age(SchoolField field, Integer given) {
        if (given != null && (given < 0 || given > OLDEST_STATUTORY_AGE)) {
            throw new IllegalArgumentException(field.label() + " must be from 0 to " + OLDEST_STATUTORY_AGE + " years, not " + given);
        }
        return given;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these details, to change some of them. */
    public Builder toBuilder() {
        Builder copy = new Builder();
        for (SchoolField field : SchoolField.values()) {
            field.copy(this, copy);
        }
        return copy;
    }

    /**
     * Every detail that differs from {@code before}, in the order of {@link SchoolField}. Empty when the
     * two are equal.
     */
    public List<FieldChange> changesSince(SchoolDetails before) {
        List<FieldChange> changes = new ArrayList<>();
        for (SchoolField field : SchoolField.values()) {
            if (!Objects.equals(field.valueIn(before), field.valueIn(this))) {
                changes.add(new FieldChange(field, field.displayedIn(before), field.displayedIn(this)));
            }
        }
        return changes;
    }

    /**
     * These details, except that the fields named take their values from {@code current}: for a GIAS file
     * that leaves out a column, whose absence says nothing about the school and must not wipe what the
     * register holds.
     */
    public SchoolDetails keepingFrom(SchoolDetails current, Set<SchoolField> fields) {
        if (fields.isEmpty()) {
            return this;
        }
        Builder merged = toBuilder();
        fields.forEach(field -> field.copy(current, merged));
        return merged.build();
    }

    public String laCode() {
        return laCode;
    }

    public String laName() {
        return laName;
    }

    /** May be null: some establishments (e.g. those proposed to open) have no number yet. */
    public String establishmentNumber() {
        return establishmentNumber;
    }

    public String name() {
        return name;
    }

    /** The UK Provider Reference Number, if the school has one. */
    public String ukprn() {
        return ukprn;
    }

    /** The status as GIAS worded it, e.g. "Open, but proposed to close". */
    public String statusName() {
        return statusName;
    }

    public EstablishmentStatus status() {
        return EstablishmentStatus.fromGiasText(statusName);
    }

    public LocalDate openDate() {
        return openDate;
    }

    public LocalDate closeDate() {
        return closeDate;
    }

    /** GIAS's phase of education, e.g. "Primary", "Secondary", "All-through". */
    public String phase() {
        return phase;
    }

    /** GIAS's type of establishment, e.g. "Community school", "Academy converter". */
    public String type() {
        return type;
    }

    /** GIAS's wider grouping of types, e.g. "Local authority maintained schools", "Academies". */
    public String typeGroup() {
        return typeGroup;
    }

    public Integer statutoryLowAge() {
        return statutoryLowAge;
    }

    public Integer statutoryHighAge() {
        return statutoryHighAge;
    }

    public String street() {
        return street;
    }

    public String locality() {
        return locality;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    /** As at the last school census GIAS took it from; may be null. */
    public Integer numberOfPupils() {
        return numberOfPupils;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchoolDetails that
                && Arrays.stream(SchoolField.values()).allMatch(field -> Objects.equals(field.valueIn(this), field.valueIn(that)));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(Arrays.stream(SchoolField.values()).map(field -> field.valueIn(this)).toArray());
    }

    @Override
    public String toString() {
        return name + " (" + statusName + ")";
    }

    /**
     * Collects details in any order; {@link #build()} checks them. Codes (LA code, establishment number,
     * UKPRN) are taken exactly as given, so " 314" is refused rather than guessed at; text is tidied.
     */
    public static final class Builder {
        private String laCode;
        private String laName;
        private String establishmentNumber;
        private String name;
        private String ukprn;
        private String statusName;
        private LocalDate openDate;
        private LocalDate closeDate;
        private String phase;
        private String type;
        private String typeGroup;
        private Integer statutoryLowAge;
        private Integer statutoryHighAge;
        private String street;
        private String locality;
        private String town;
        private String postcode;
        private Integer numberOfPupils;

        private Builder() {
        }

        public Builder laCode(String laCode) {
            this.laCode = laCode;
            return this;
        }

        public Builder laName(String laName) {
            this.laName = laName;
            return this;
        }

        public Builder establishmentNumber(String establishmentNumber) {
            this.establishmentNumber = establishmentNumber;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder ukprn(String ukprn) {
            this.ukprn = ukprn;
            return this;
        }

        public Builder statusName(String statusName) {
            this.statusName = statusName;
            return this;
        }

        public Builder status(EstablishmentStatus status) {
            if (status == EstablishmentStatus.OTHER) {
                throw new IllegalArgumentException("Give a status GIAS uses, or its exact wording with statusName");
            }
            this.statusName = status.giasText();
            return this;
        }

        public Builder openDate(LocalDate openDate) {
            this.openDate = openDate;
            return this;
        }

        public Builder closeDate(LocalDate closeDate) {
            this.closeDate = closeDate;
            return this;
        }

        public Builder phase(String phase) {
            this.phase = phase;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder typeGroup(String typeGroup) {
            this.typeGroup = typeGroup;
            return this;
        }

        public Builder statutoryLowAge(Integer statutoryLowAge) {
            this.statutoryLowAge = statutoryLowAge;
            return this;
        }

        public Builder statutoryHighAge(Integer statutoryHighAge) {
            this.statutoryHighAge = statutoryHighAge;
            return this;
        }

        public Builder street(String street) {
            this.street = street;
            return this;
        }

        public Builder locality(String locality) {
            this.locality = locality;
            return this;
        }

        public Builder town(String town) {
            this.town = town;
            return this;
        }

        public Builder postcode(String postcode) {
            this.postcode = postcode;
            return this;
        }

        public Builder numberOfPupils(Integer numberOfPupils) {
            this.numberOfPupils = numberOfPupils;
            return this;
        }

        /** @throws IllegalArgumentException naming the first detail that breaks the register's rules */
        public SchoolDetails build() {
            return new SchoolDetails(this);
        }
    }
}
