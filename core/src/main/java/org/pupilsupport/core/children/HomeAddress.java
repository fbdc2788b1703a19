package org.pupilsupport.core.children;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where the child lived from one date to another; the current address has no end date. Old addresses are
 * kept, because tracing a child missing education starts from where they were last known to live.
 */
@Embeddable
public class HomeAddress {

    static final int LONGEST_LINE = 100;

    @Column(name = "ADDRESS_ID", nullable = false, length = 36)
    private String id;

    @Column(name = "LINE1", nullable = false, length = LONGEST_LINE)
    private String line1;

    @Column(name = "LINE2", length = LONGEST_LINE)
    private String line2;

    @Column(name = "TOWN", length = LONGEST_LINE)
    private String town;

    @Column(name = "POSTCODE", nullable = false, length = 8)
    private String postcode;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate fromDate;

    @Column(name = "TO_DATE")
    private LocalDate toDate;

    protected HomeAddress() {
        // for JPA
    }

    /** @throws IllegalArgumentException with an officer-readable message if a part is missing or malformed */
    public HomeAddress(String line1, String line2, String town, String postcode, LocalDate from) {
        this.id = UUID.randomUUID().toString();
        this.line1 = line(line1, "first line of the address", true);
        this.line2 = line(line2, "second line of the address", false);
        this.town = line(town, "town", false);
        this.postcode = Postcode.normalised(postcode);
        this.fromDate = Required.value(from, "Enter the date the child started living at this address");
    }

    private static String line(String text, String label, boolean required) {
        String cleaned = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException("Enter the " + label);
            }
            return null;
        }
        if (cleaned.length() > LONGEST_LINE) {
            throw new IllegalArgumentException("The " + label + " is at most " + LONGEST_LINE + " characters");
        }
        return cleaned;
    }

    void endOn(LocalDate lastDay) {
        this.toDate = lastDay;
    }

    public boolean isCurrent() {
        return toDate == null;
    }

    /** The address on one line, as officers read it out on the phone. */
    public String oneLine() {
        return Stream.of(line1, line2, town, postcode).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    public String id() {
        return id;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    public LocalDate from() {
        return fromDate;
    }

    /** Null while current. */
    public LocalDate to() {
        return toDate;
    }
}
