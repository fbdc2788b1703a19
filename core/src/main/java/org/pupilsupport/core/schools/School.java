package org.pupilsupport.core.schools;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An establishment in the DfE register, identified by its unique reference number (URN). The LA code and
 * establishment number together form the DfE number (e.g. 314/2000), which is also the middle of a UPN.
 * Not borough data: every borough sees every school.
 *
 * <p>The register is refreshed from GIAS ("Get Information about Schools"), which publishes every
 * establishment in England, closed ones included. A school is never removed: children's records refer to
 * the schools they attended, and a closed school stays in the register with status Closed.
 */
@Entity
@Table(name = "SCHOOL")
public class School {

    /**
     * URNs from here up are invented (demo data, tests). Real URNs are issued upwards from 100000, a few
     * thousand a year, so they are far from this block; a refresh from GIAS leaves it alone.
     */
    public static final int FIRST_INVENTED_URN = 990000;

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Id
    @Column(name = "URN")
    private Integer urn;

    @Embedded
    private SchoolDetails details;

    /** The name as {@link #searchable(String)} makes it, so a prefix search can use an index on any database. */
    @Column(name = "NAME_FOR_SEARCH", nullable = false, length = SchoolDetails.LONGEST_NAME)
    private String nameForSearch;

    @Column(name = "REFRESHED_FROM_GIAS_AT")
    private Instant refreshedFromGiasAt;

    protected School() {
        // for JPA
    }

    /**
     * A school added by hand or invented for the demo: open, with only the details given.
     *
     * @throws IllegalArgumentException if the URN, LA code or establishment number is malformed
     */
    public School(int urn, String laCode, String establishmentNumber, String name, String phase, String type) {
        this(urn, SchoolDetails.builder().laCode(laCode).establishmentNumber(establishmentNumber).name(name)
                .status(EstablishmentStatus.OPEN).phase(phase).type(type).build(), null);
    }

    private School(int urn, SchoolDetails details, Instant refreshedFromGiasAt) {
        if (urn < 100000 || urn > 999999) {
            throw new IllegalArgumentException("A URN has six digits: " + urn);
        }
        this.urn = urn;
        this.details = Objects.requireNonNull(details, "details");
        this.nameForSearch = searchable(this.details.name());
        this.refreshedFromGiasAt = refreshedFromGiasAt;
    }

    /**
     * A school first seen in a GIAS extract.
     *
     * @throws IllegalArgumentException if the URN is not six digits
     */
    public static School fromGias(int urn, SchoolDetails details, Instant refreshedAt) {
        return new School(urn, details, Objects.requireNonNull(refreshedAt, "refreshed at"));
    }

    /** Whether the URN is in the block kept for invented schools, which GIAS knows nothing of. */
    public static boolean isInvented(int urn) {
        return urn >= FIRST_INVENTED_URN;
    }

    /**
     * Takes the details GIAS publishes now and records when the school was last seen in GIAS, whether or
     * not anything changed.
     *
     * @return what changed, empty if nothing did
     */
    public List<FieldChange> refreshFromGias(SchoolDetails latest, Instant refreshedAt) {
        List<FieldChange> changes = latest.changesSince(details);
        if (!changes.isEmpty()) {
            this.details = latest;
            this.nameForSearch = searchable(latest.name());
        }
        this.refreshedFromGiasAt = Objects.requireNonNull(refreshedAt, "refreshed at");
        return changes;
    }

    /**
     * Text as the register compares it in a name search: upper case, accents dropped, spaces single, so
     * "st therese" finds "St Thérèse's Catholic Primary School".
     */
    public static String searchable(String text) {
        String withoutAccents = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String folded = WHITESPACE.matcher(withoutAccents.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
        // Upper-casing can lengthen a name ("ß" becomes "SS"); a prefix search needs only the start.
        return folded.length() > SchoolDetails.LONGEST_NAME ? folded.substring(0, SchoolDetails.LONGEST_NAME) : folded;
    }

    public int urn() {
        return urn;
    }

    public SchoolDetails details() {
        return details;
    }

    public String laCode() {
        return details.laCode();
    }

    public String establishmentNumber() {
        return details.establishmentNumber();
    }

    /** The DfE number, e.g. 314/2000, or just the LA code when the establishment number is unknown. */
    public String dfeNumber() {
        return establishmentNumber() == null ? laCode() : laCode() + "/" + establishmentNumber();
    }

    public String name() {
        return details.name();
    }

    public String phase() {
        return details.phase();
    }

    public String type() {
        return details.type();
    }

    public EstablishmentStatus status() {
        return details.status();
    }

    /** When GIAS last confirmed this school's details; null for a school GIAS has never supplied. */
    public Instant refreshedFromGiasAt() {
        return refreshedFromGiasAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof School that && Objects.equals(urn, that.urn);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(urn);
    }

    @Override
    public String toString() {
        return name() + " (URN " + urn + ")";
    }
}
