package org.pupilsupport.core.children.ctf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.pupilsupport.core.children.Upn;

/**
 * One pupil read from a Common Transfer File, with every value Pupil Support uses and a list of what was
 * wrong with them. A pupil with problems is still delivered, so the preview can show each rejected pupil
 * with the reason and still import the others; {@link #isRejected()} says whether the pupil can be used.
 *
 * <p>Codes (sex, ethnicity, enrolment status, SEN provision, contact relationship) are passed on as written
 * (trimmed, upper case). Checking them against the DfE code sets is the children model's job, because those
 * sets are versioned reference data rather than something this reader should freeze.
 *
 * @param line             the line of the file where this pupil's {@code Pupil} element starts
 * @param upnAsWritten     element {@code UPN} as written (trimmed), or null when missing: shown when it is invalid
 * @param upn              the UPN, or null when missing or invalid (then {@link #problems()} says why and the
 *                         pupil is rejected)
 * @param formerUpns       element {@code FormerUPN} (repeatable): the valid ones; invalid ones are listed as problems
 * @param names            legal, preferred and former names
 * @param dateOfBirth      element {@code DOB}; null when missing or not a real date (the pupil is then rejected)
 * @param sex              element {@code Sex}, normally M or F
 * @param ethnicity        element {@code Ethnicity}, a DfE code such as WBRI
 * @param enrolmentStatus  element {@code EnrolStatus}: C single registration, M main dual, S subsidiary dual
 * @param senHistory       element {@code SENhistory}, oldest first as in the file
 * @param address          element {@code Address}, or null when none is given
 * @param contacts         element {@code Contacts}, in file order
 * @param schoolHistory    element {@code SchoolHistory}, in file order
 * @param problems         what was wrong, each with its line and whether it rejects the pupil
 */
public record CtfPupil(
        int line,
        String upnAsWritten,
        Upn upn,
        List<Upn> formerUpns,
        CtfPupilNames names,
        LocalDate dateOfBirth,
        String sex,
        String ethnicity,
        String enrolmentStatus,
        List<CtfSenEntry> senHistory,
        CtfAddress address,
        List<CtfContact> contacts,
        List<CtfSchoolHistoryEntry> schoolHistory,
        List<CtfProblem> problems) {

    public CtfPupil {
        Objects.requireNonNull(names, "names");
        formerUpns = List.copyOf(formerUpns);
        senHistory = List.copyOf(senHistory);
        contacts = List.copyOf(contacts);
        schoolHistory = List.copyOf(schoolHistory);
        problems = List.copyOf(problems);
        if (upn == null && problems.stream().noneMatch(CtfProblem::rejectsPupil)) {
            throw new IllegalArgumentException("A pupil without a usable UPN must carry the problem that rejects it");
        }
        if (dateOfBirth == null && problems.stream().noneMatch(CtfProblem::rejectsPupil)) {
            throw new IllegalArgumentException("A pupil without a usable date of birth must carry the problem that rejects it");
        }
    }

    /** Whether the pupil cannot be imported: at least one problem rejects it. */
    public boolean isRejected() {
        return problems.stream().anyMatch(CtfProblem::rejectsPupil);
    }

    /** The reasons the pupil cannot be imported, for the preview; empty when it can be. */
    public List<CtfProblem> rejections() {
        return problems.stream().filter(CtfProblem::rejectsPupil).toList();
    }
}
