package org.pupilsupport.core.reference;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One code of one version of a code set, such as "WBRI, White - British" in the DfE ethnicity codes. A
 * code stays valid between its dates, so records made under an older version still read correctly.
 */
@Entity
@Table(name = "REFERENCE_CODE")
@IdClass(ReferenceCode.Key.class)
public class ReferenceCode {

    /** The composite key: code set, version and code. */
    public record Key(String codeSet, String version, String code) implements java.io.Serializable {

        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "CODE_SET", length = 40)
    private String codeSet;

    @Id
    @Column(name = "VERSION", length = 40)
    private String version;

    @Id
    @Column(name = "CODE", length = 10)
    private String code;

    @Column(name = "DESCRIPTION", nullable = false, length = 200)
    private String description;

    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;

    @Column(name = "VALID_TO")
    private LocalDate validTo;

    /** For a code of an extended set, the main code it belongs to (WENG belongs to WBRI); null otherwise. */
    @Column(name = "MAIN_CODE", length = 10)
    private String mainCode;

    protected ReferenceCode() {
        // for JPA
    }

    public String codeSet() {
        return codeSet;
    }

    public String version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public java.util.Optional<String> mainCode() {
        return java.util.Optional.ofNullable(mainCode);
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** "WBRI - White - British", as pick lists show it. */
    public String label() {
        return code + " - " + description;
    }
}
