package org.pupilsupport.core.schools;

import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An establishment in the DfE register, identified by its unique reference number (URN). The LA code and
 * establishment number together form the DfE number (e.g. 314/2000), which is also the middle of a UPN.
 * Not borough data: every borough sees every school.
 */
@Entity
@Table(name = "SCHOOL")
public class School {

    private static final Pattern LA_CODE = Pattern.compile("\\d{3}");
    private static final Pattern ESTABLISHMENT_NUMBER = Pattern.compile("\\d{4}");

    @Id
    @Column(name = "URN")
    private Integer urn;

    @Column(name = "LA_CODE", nullable = false, length = 3)
    private String laCode;

    @Column(name = "ESTABLISHMENT_NUMBER", length = 4)
    private String establishmentNumber;

    @Column(name = "NAME", nullable = false, length = 120)
    private String name;

    @Column(name = "PHASE", length = 40)
    private String phase;

    @Column(name = "ESTABLISHMENT_TYPE", length = 80)
    private String type;

    protected School() {
        // for JPA
    }

    /** @throws IllegalArgumentException if the URN, LA code or establishment number is malformed */
    public School(int urn, String laCode, String establishmentNumber, String name, String phase, String type) {
        if (urn < 100000 || urn > 999999) {
            throw new IllegalArgumentException("A URN has six digits: " + urn);
        }
        if (laCode == null || !LA_CODE.matcher(laCode).matches()) {
            throw new IllegalArgumentException("An LA code has three digits: " + laCode);
        }
        if (establishmentNumber != null && !ESTABLISHMENT_NUMBER.matcher(establishmentNumber).matches()) {
            throw new IllegalArgumentException("An establishment number has four digits: " + establishmentNumber);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A school needs a name");
        }
        this.urn = urn;
        this.laCode = laCode;
        this.establishmentNumber = establishmentNumber;
        this.name = name.strip();
        this.phase = phase;
        this.type = type;
    }

    public int urn() {
        return urn;
    }

    public String laCode() {
        return laCode;
    }

    public String establishmentNumber() {
        return establishmentNumber;
    }

    /** The DfE number, e.g. 314/2000, or just the LA code when the establishment number is unknown. */
    public String dfeNumber() {
        return establishmentNumber == null ? laCode : laCode + "/" + establishmentNumber;
    }

    public String name() {
        return name;
    }

    public String phase() {
        return phase;
    }

    public String type() {
        return type;
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
        return name + " (URN " + urn + ")";
    }
}
