package org.pupilsupport.core.children;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.pupilsupport.core.validation.FieldProblems;

/** A child's legal name, as on the admission register. Middle names are optional. */
@Embeddable
public class LegalName {

    static final int MAX_LENGTH = 100;

    @Column(name = "LEGAL_FORENAME", nullable = false, length = MAX_LENGTH)
    private String forename;

    @Column(name = "LEGAL_MIDDLE_NAMES", length = MAX_LENGTH)
    private String middleNames;

    @Column(name = "LEGAL_SURNAME", nullable = false, length = MAX_LENGTH)
    private String surname;

    protected LegalName() {
        // for JPA
    }

    /** @throws IllegalArgumentException with an officer-readable message if a required part is missing or too long */
    public LegalName(String forename, String middleNames, String surname) {
        FieldProblems problems = new FieldProblems();
        this.forename = problems.check("forename", () -> required(forename, "forename"));
        this.middleNames = problems.check("middleNames", () -> optional(middleNames, "middle names"));
        this.surname = problems.check("surname", () -> required(surname, "surname"));
        problems.throwIfAny();
    }

    private static String required(String part, String label) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException("Enter the child's legal " + label);
        }
        return optional(part, label);
    }

    private static String optional(String part, String label) {
        if (part == null || part.isBlank()) {
            return null;
        }
        String cleaned = part.strip().replaceAll("\\s+", " ");
        if (cleaned.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The legal " + label + " can be at most " + MAX_LENGTH + " characters");
        }
        return cleaned;
    }

    public String forename() {
        return forename;
    }

    public String middleNames() {
        return middleNames;
    }

    public String surname() {
        return surname;
    }

    /** "Surname, Forename Middle" as officers read lists. */
    public String sortable() {
        return surname + ", " + forename + (middleNames == null ? "" : " " + middleNames);
    }

    public String full() {
        return forename + (middleNames == null ? "" : " " + middleNames) + " " + surname;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LegalName that && forename.equals(that.forename)
                && Objects.equals(middleNames, that.middleNames) && surname.equals(that.surname);
    }

    @Override
    public int hashCode() {
        return Objects.hash(forename, middleNames, surname);
    }

    @Override
    public String toString() {
        return full();
    }
}
