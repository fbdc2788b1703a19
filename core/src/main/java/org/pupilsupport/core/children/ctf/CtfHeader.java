package org.pupilsupport.core.children.ctf;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The header of a Common Transfer File: which version it is, when and by whose software it was made, and
 * which school sent it to which. Only the version is checked (a file of a version Pupil Support cannot read
 * is rejected before any pupil is read); the other values are as written, or null when the file leaves them
 * out, and anything unusable among them is listed in {@link #problems()}.
 *
 * @param documentName       element {@code DocumentName}, normally "Common Transfer File"
 * @param version            element {@code CTFversion}; always one Pupil Support reads
 * @param createdAt          element {@code DateTime}, the time the sending system wrote the file (its local time)
 * @param documentQualifier  element {@code DocumentQualifier} in lower case: "full", or "partial" when the
 *                           sender left some of the pupil's data out, so a missing value does not mean "none"
 * @param supplierId         element {@code SupplierID}, the software that wrote the file
 * @param sourceSchool       element {@code SourceSchool}: the sending school
 * @param academicYear       element {@code SourceSchool/AcademicYear}, as written
 * @param destinationSchool  element {@code DestSchool}: the receiving school or authority
 * @param problems           informational values that could not be used; each was left out
 */
public record CtfHeader(
        String documentName,
        CtfVersion version,
        LocalDateTime createdAt,
        String documentQualifier,
        String supplierId,
        CtfEstablishment sourceSchool,
        String academicYear,
        CtfEstablishment destinationSchool,
        List<CtfProblem> problems) {

    public CtfHeader {
        Objects.requireNonNull(version, "version");
        problems = List.copyOf(problems);
        documentQualifier = documentQualifier == null ? null : documentQualifier.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the sender marked the file as partial: then a value missing from a pupil means "not sent",
     * not "none", and must not clear what Pupil Support already holds.
     */
    public boolean isPartial() {
        return "partial".equals(documentQualifier);
    }
}
