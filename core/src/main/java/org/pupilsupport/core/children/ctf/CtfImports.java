package org.pupilsupport.core.children.ctf;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.children.BreakGlassAccess;
import org.pupilsupport.core.children.BreakGlassPurpose;
import org.pupilsupport.core.children.CarerContact;
import org.pupilsupport.core.children.CarerRelationship;
import org.pupilsupport.core.children.Child;
import org.pupilsupport.core.children.ChildRecordAccess;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRegister.NewChild;
import org.pupilsupport.core.children.ChildRegister.PersonalDetails;
import org.pupilsupport.core.children.ChildSummary;
import org.pupilsupport.core.children.EnrolmentStatus;
import org.pupilsupport.core.children.HomeAddress;
import org.pupilsupport.core.children.Postcode;
import org.pupilsupport.core.children.SenProvision;
import org.pupilsupport.core.children.Sex;
import org.pupilsupport.core.children.ctf.CtfImportPreview.Outcome;
import org.pupilsupport.core.children.ctf.CtfImportPreview.PupilPreview;
import org.pupilsupport.core.reference.ReferenceData;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;

/**
 * Imports a Common Transfer File into the acting borough in two steps: a preview that says, pupil by
 * pupil, what would be created, changed or rejected and why; then a commit that makes exactly those changes
 * in one transaction, or none. Every change goes through the child register, so it is validated, audited
 * and noted in each record's history like a change made on screen.
 */
@ApplicationScoped
public class CtfImports {

    @Inject
    ChildRegister children;

    @Inject
    SchoolRegister schools;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final CtfReader reader = new CtfReader();

    /**
     * Reads the file and works out what importing it would do; writes nothing but the audit entry saying
     * the file was read.
     *
     * @throws CtfFileRejectedException with an officer-readable reason if the file cannot be read as a CTF
     */
    @Requires(Permission.IMPORT_FILES)
    @Transactional
    public CtfImportPreview preview(InputStream file) throws CtfFileRejectedException, IOException {
        return preview(file, null);
    }

    /**
     * As {@link #preview(InputStream)}, with the importer's reason for reaching children of the file who are
     * not known to them. Without a reason such a pupil is matched on identifying fields only and left out
     * (rejected, saying a reason is needed), so the preview shows nothing of the record. With one, the reason
     * is recorded for each such child like a break-glass opening, and covers the commit.
     *
     * @throws IllegalArgumentException if a reason is given but is too short or too long; nothing is read then
     */
    @Requires(Permission.IMPORT_FILES)
    @Transactional
    public CtfImportPreview preview(InputStream file, String reasonForUnknownChildren) throws CtfFileRejectedException, IOException {
        String reason = reasonForUnknownChildren == null || reasonForUnknownChildren.isBlank() ? null
                : BreakGlassAccess.checkedReason(reasonForUnknownChildren);
        MessageDigest sha256 = sha256();
        List<CtfPupil> pupils = new ArrayList<>();
        CtfHeader header = reader.read(new DigestInputStream(file, sha256), pupils::add);
        String fingerprint = HexFormat.of().formatHex(sha256.digest());
        List<PupilPreview> previews = pupils.stream().map(pupil -> plan(header, pupil, reason).preview()).toList();
        CtfImportPreview preview = new CtfImportPreview(header, fingerprint, previews, pupils);
        audit.record(AuditEvent.about(AuditAction.IMPORT, "ctf-file", fingerprint.substring(0, 16), AuditOutcome.SUCCESS)
                .withDetails("preview of a CTF from " + header.sourceSchool().describe() + ": " + preview.summary()));
        return preview;
    }

    /**
     * Makes the previewed changes, all in one transaction. The plan is worked out again against the records
     * as they are now; if any pupil would now be handled differently from the preview (someone recorded or
     * changed a child meanwhile), nothing is written and the officer is asked to preview again.
     *
     * @throws IllegalStateException if the records changed since the preview
     * @return the number of children created or changed
     */
    @Requires(Permission.IMPORT_FILES)
    @Transactional
    public int commit(CtfImportPreview preview) {
        List<PupilPlan> plans = new ArrayList<>();
        for (int i = 0; i < preview.read().size(); i++) {
            // A reason given at the preview was recorded then and still covers the child: none is given again.
            PupilPlan plan = plan(preview.header(), preview.read().get(i), null);
            PupilPreview previewed = preview.pupils().get(i);
            if (plan.outcome != previewed.outcome() || !plan.notes.equals(previewed.notes())) {
                throw new IllegalStateException("Records changed since the preview (line " + previewed.line() + ", "
                        + previewed.name() + "): preview the file again before importing it");
            }
            plans.add(plan);
        }
        int written = 0;
        for (PupilPlan plan : plans) {
            if (plan.outcome == Outcome.NEW || plan.outcome == Outcome.CHANGED) {
                plan.apply();
                written++;
            }
        }
        audit.record(AuditEvent.about(AuditAction.IMPORT, "ctf-file", preview.fileFingerprint().substring(0, 16), AuditOutcome.SUCCESS)
                .withDetails("imported a CTF from " + preview.header().sourceSchool().describe() + ": " + preview.summary()));
        return written;
    }

    // ---- planning ----

    /** What to do with one pupil: the outcome, the notes shown in the preview, and the steps that do it. */
    private final class PupilPlan {
        final CtfPupil pupil;
        Outcome outcome;
        String existingChildId;
        final List<String> notes = new ArrayList<>();
        final List<Consumer<String>> steps = new ArrayList<>();
        NewChild newChild;

        PupilPlan(CtfPupil pupil) {
            this.pupil = pupil;
        }

        PupilPreview preview() {
            String name = (Objects.toString(pupil.names().legalForename(), "") + " " + Objects.toString(pupil.names().legalSurname(), "")).strip();
            return new PupilPreview(pupil.line(), pupil.upnAsWritten(), name, pupil.dateOfBirth(), outcome, existingChildId, notes);
        }

        void apply() {
            String childId = outcome == Outcome.NEW ? children.register(newChild) : existingChildId;
            steps.forEach(step -> step.accept(childId));
        }
    }

    private PupilPlan plan(CtfHeader header, CtfPupil pupil, String reasonForUnknownChildren) {
        PupilPlan plan = new PupilPlan(pupil);
        if (pupil.isRejected()) {
            plan.outcome = Outcome.REJECTED;
            pupil.rejections().forEach(problem -> plan.notes.add(problem.describe()));
            return plan;
        }
        pupil.problems().stream().filter(problem -> !problem.rejectsPupil()).forEach(problem -> plan.notes.add(problem.describe()));
        Optional<Sex> sex = parsed(() -> pupil.sex() == null ? null : Sex.ofDfeCode(pupil.sex()), plan, "sex");
        Optional<String> ethnicity = parsed(() -> pupil.ethnicity() == null ? null
                : referenceData.mainEthnicityCode(pupil.ethnicity()), plan, "ethnicity");
        if (ethnicity.isPresent() && !ethnicity.get().equalsIgnoreCase(pupil.ethnicity().strip())) {
            // Which codes is left out of the note: ethnicity is special category data and is never shown in lists.
            plan.notes.add("ethnicity given as an extended DfE code: recorded under its main code");
        }
        List<ChildSummary> matches = children.possibleDuplicates(new NewChild(pupil.names().legalForename(), null,
                pupil.names().legalSurname(), pupil.dateOfBirth(), pupil.upn().value()));
        if (matches.size() > 1) {
            plan.outcome = Outcome.REJECTED;
            plan.notes.add("Line " + pupil.line() + ": matches " + matches.size() + " records in this borough; merge or correct them first");
            return plan;
        }
        Optional<String> doubt = matches.isEmpty() ? Optional.empty() : doubtfulIdentity(matches.get(0), pupil);
        if (doubt.isPresent()) {
            plan.outcome = Outcome.REJECTED;
            plan.notes.add("Line " + pupil.line() + ": " + doubt.get());
            return plan;
        }
        LocalDate fileDate = header.createdAt() == null ? LocalDate.now(clock) : header.createdAt().toLocalDate();
        if (matches.isEmpty()) {
            plan.outcome = Outcome.NEW;
            plan.newChild = new NewChild(pupil.names().legalForename(), pupil.names().middleNames(), pupil.names().legalSurname(),
                    pupil.dateOfBirth(), pupil.upn().value());
            plan.notes.add("new record for " + pupil.names().legalForename() + " " + pupil.names().legalSurname());
            planDetails(plan, null, sex, ethnicity);
            planAddress(plan, null, fileDate);
            planContacts(plan, null);
            planSen(plan, null);
            planEnrolment(plan, null, header);
            return plan;
        }
        if (!matches.get(0).knownToMe() && reasonForUnknownChildren == null) {
            plan.outcome = Outcome.REJECTED;
            plan.notes.add("Line " + pupil.line() + ": matches a record not known to you or your teams; give a reason for importing"
                    + " children you do not know, then preview again");
            return plan;
        }
        plan.existingChildId = matches.get(0).id();
        Child existing = openForImport(plan.existingChildId, header, reasonForUnknownChildren);
        if (existing.isRestricted()) {
            plan.outcome = Outcome.REJECTED;
            plan.notes.add("Line " + pupil.line() + ": matches a record the data protection officer has restricted, which cannot be changed;"
                    + " leave this pupil out or ask the data protection officer");
            return plan;
        }
        if (existing.upn() == null) {
            plan.notes.add("UPN: none -> " + pupil.upn().value());
            plan.steps.add(id -> children.replaceUpn(id, pupil.upn().value()));
        } else if (!existing.upn().equals(pupil.upn())) {
            // Matched on a former UPN (doubtfulIdentity refused any other difference): an older school's file
            // must not take the record back to a UPN it has left.
            plan.notes.add("the file gives former UPN " + pupil.upn().value() + "; the record keeps " + existing.upn().value());
        }
        planDetails(plan, existing, sex, ethnicity);
        planAddress(plan, existing, fileDate);
        planContacts(plan, existing);
        planSen(plan, existing);
        planEnrolment(plan, existing, header);
        plan.outcome = plan.steps.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED;
        return plan;
    }

    /**
     * Why a single match may be a different child, so the file must not change it: a record with the file's
     * UPN but another date of birth, or a record with the same name and date of birth that already holds a
     * different UPN (a UPN stays with a pupil throughout their school career, DfE "Unique pupil numbers (UPNs)" guidance; a name and birth date
     * are shared by different children). Either is left for an officer to resolve with the school, without
     * saying what the record holds, since the importer may not know the child. A file giving one of the
     * record's former UPNs is the same child.
     */
    private Optional<String> doubtfulIdentity(ChildSummary match, CtfPupil pupil) {
        String fileUpn = pupil.upn().value();
        if (match.upn() == null) {
            return Optional.empty();
        }
        boolean sameBirthDate = match.dateOfBirth().equals(pupil.dateOfBirth());
        boolean sameUpn = match.upn().equals(fileUpn) || children.possibleDuplicates(new NewChild(null, null, null, null, fileUpn))
                .stream().anyMatch(byUpn -> byUpn.id().equals(match.id()));
        if (sameUpn && !sameBirthDate) {
            return Optional.of("a child recorded in this borough with UPN " + fileUpn + " has a different date of birth;"
                    + " check with the school which is right, correct the record or the file, then preview again");
        }
        if (!sameUpn) {
            return Optional.of("a child recorded in this borough with the same name and date of birth has a different UPN;"
                    + " they may be different children: check with the school, then correct or merge the records and preview again");
        }
        return Optional.empty();
    }

    /**
     * The matched record, to compare with the file. A child not known to the importing officer is reached only
     * with the reason the officer gave, recorded like a break-glass opening so it shows in the report, and the
     * grant covers the changes the commit then makes.
     */
    private Child openForImport(String childId, CtfHeader header, String reason) {
        if (!children.isKnownToMe(childId)) {
            children.recordReason(childId, reason, BreakGlassPurpose.IMPORTED_FILE, "from " + header.sourceSchool().describe());
        }
        ChildRecordAccess access = children.open(childId);
        if (access instanceof ChildRecordAccess.Granted granted) {
            return granted.child();
        }
        throw new IllegalStateException("The record matched could not be opened for the import");
    }

    private void planDetails(PupilPlan plan, Child existing, Optional<Sex> sex, Optional<String> ethnicity) {
        CtfPupilNames names = plan.pupil.names();
        String forename = names.legalForename();
        String middle = names.middleNames() != null ? names.middleNames() : existing == null ? null : existing.legalName().middleNames();
        String surname = names.legalSurname();
        String preferredForename = names.preferredForename() != null ? names.preferredForename() : existing == null ? null : existing.preferredForename();
        String preferredSurname = names.preferredSurname() != null ? names.preferredSurname() : existing == null ? null : existing.preferredSurname();
        Sex newSex = sex.orElse(existing == null ? null : existing.sex());
        String newEthnicity = ethnicity.orElse(existing == null ? null : existing.ethnicityCode());
        LocalDate dateOfBirth = plan.pupil.dateOfBirth();
        if (existing != null) {
            List<String> differences = new ArrayList<>();
            if (!existing.legalName().full().equals(new org.pupilsupport.core.children.LegalName(forename, middle, surname).full())) {
                differences.add("legal name: \"" + existing.legalName().full() + "\" -> \"" + String.join(" ",
                        java.util.stream.Stream.of(forename, middle, surname).filter(Objects::nonNull).toList()) + "\"");
            }
            if (!Objects.equals(existing.preferredForename(), blankToNull(preferredForename)) || !Objects.equals(existing.preferredSurname(), blankToNull(preferredSurname))) {
                differences.add("preferred name");
            }
            if (existing.sex() != newSex) {
                differences.add("sex: " + (existing.sex() == null ? "not recorded" : existing.sex().dfeCode()) + " -> " + newSex.dfeCode());
            }
            if (!Objects.equals(existing.ethnicityCode(), newEthnicity)) {
                differences.add("ethnicity");
            }
            if (!existing.dateOfBirth().equals(dateOfBirth)) {
                differences.add("date of birth: " + existing.dateOfBirth() + " -> " + dateOfBirth);
            }
            if (differences.isEmpty()) {
                return;
            }
            plan.notes.addAll(differences);
        }
        if (existing == null && newSex == null && newEthnicity == null && preferredForename == null && preferredSurname == null) {
            return;
        }
        PersonalDetails details = new PersonalDetails(forename, middle, surname, preferredForename, preferredSurname, dateOfBirth, newSex, newEthnicity);
        plan.steps.add(id -> children.updatePersonalDetails(id, details));
    }

    private void planAddress(PupilPlan plan, Child existing, LocalDate fileDate) {
        CtfAddress address = plan.pupil.address();
        if (address == null || address.lines().isEmpty()) {
            return;
        }
        String postcode;
        try {
            postcode = Postcode.normalised(address.postcode());
        } catch (IllegalArgumentException noPostcode) {
            plan.notes.add("address left out: " + noPostcode.getMessage());
            return;
        }
        List<String> lines = address.lines();
        String line1 = lines.get(0);
        String town = lines.size() > 1 ? lines.get(lines.size() - 1) : null;
        String line2 = lines.size() > 2 ? String.join(", ", lines.subList(1, lines.size() - 1)) : null;
        if (existing != null) {
            Optional<HomeAddress> current = existing.currentAddress();
            if (current.isPresent() && current.get().postcode().equals(postcode) && current.get().line1().equalsIgnoreCase(line1)) {
                return;
            }
            if (current.isPresent() && !fileDate.isAfter(current.get().from())) {
                plan.notes.add("address left out: the file is older than the current address (from " + current.get().from() + ")");
                return;
            }
        }
        plan.notes.add("home address from " + fileDate + ": " + line1 + ", " + postcode);
        String secondLine = line2;
        plan.steps.add(id -> children.moveHome(id, new ChildRegister.NewAddress(line1, secondLine, town, postcode, fileDate)));
    }

    private void planContacts(PupilPlan plan, Child existing) {
        for (CtfContact contact : plan.pupil.contacts()) {
            String name = (Objects.toString(contact.forename(), "") + " " + Objects.toString(contact.surname(), "")).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (existing != null && existing.contacts().stream().anyMatch(known -> known.name().equalsIgnoreCase(name))) {
                continue;
            }
            List<String> phones = contact.phones().stream().map(CtfPhone::number).filter(Objects::nonNull).toList();
            String address = contact.addressAsPupil() || contact.address() == null ? null
                    : String.join(", ", java.util.stream.Stream.concat(contact.address().lines().stream(),
                    java.util.stream.Stream.ofNullable(contact.address().postcode())).toList());
            CarerContact.Details details = new CarerContact.Details(name, relationship(contact.relationship()),
                    Boolean.TRUE.equals(contact.parentalResponsibility()), Boolean.TRUE.equals(contact.livesWithPupil()),
                    phones.isEmpty() ? null : phones.get(0), phones.size() > 1 ? phones.get(1) : null, contact.email(), address);
            try {
                new CarerContact(details);
            } catch (IllegalArgumentException invalid) {
                plan.notes.add("contact " + name + " left out: " + invalid.getMessage());
                continue;
            }
            plan.notes.add("parent or carer added: " + name);
            plan.steps.add(id -> children.addContact(id, details));
        }
    }

    private void planSen(PupilPlan plan, Child existing) {
        LocalDate latest = existing == null || existing.senHistory().isEmpty() ? null
                : existing.senHistory().get(existing.senHistory().size() - 1).from();
        List<CtfSenEntry> entries = plan.pupil.senHistory().stream().filter(entry -> entry.startDate() != null)
                .sorted(java.util.Comparator.comparing(CtfSenEntry::startDate)).toList();
        for (CtfSenEntry entry : entries) {
            if (latest != null && !entry.startDate().isAfter(latest)) {
                continue;
            }
            SenProvision provision;
            try {
                provision = SenProvision.ofDfeCode(entry.provision());
            } catch (IllegalArgumentException unknown) {
                plan.notes.add("SEN entry from " + entry.startDate() + " left out: " + unknown.getMessage());
                continue;
            }
            latest = entry.startDate();
            plan.notes.add("SEN provision " + provision.dfeCode() + " from " + entry.startDate());
            plan.steps.add(id -> children.recordSenProvision(id, provision, entry.startDate()));
        }
    }

    private void planEnrolment(PupilPlan plan, Child existing, CtfHeader header) {
        CtfEstablishment source = header.sourceSchool();
        if (source == null) {
            return;
        }
        Optional<School> school = schools.findByDfeNumber(source.laCode(), source.establishmentNumber());
        if (school.isEmpty()) {
            plan.notes.add("enrolment left out: school " + source.describe() + " is not in the school register");
            return;
        }
        Optional<CtfSchoolHistoryEntry> atSource = plan.pupil.schoolHistory().stream()
                .filter(entry -> entry.school() != null && source.laCode().equals(entry.school().laCode())
                        && source.establishmentNumber().equals(entry.school().establishmentNumber()))
                .findFirst();
        if (atSource.isEmpty() || atSource.get().entryDate() == null) {
            plan.notes.add("enrolment left out: the file gives no entry date at " + school.get().name());
            return;
        }
        boolean alreadyThere = existing != null && existing.enrolments().stream()
                .anyMatch(enrolment -> enrolment.schoolUrn() == school.get().urn() && enrolment.start().equals(atSource.get().entryDate()));
        if (alreadyThere) {
            return;
        }
        if (existing != null && !existing.currentEnrolments().isEmpty()) {
            plan.notes.add("enrolment at " + school.get().name() + " left out: the record shows the child on another school's roll");
            return;
        }
        EnrolmentStatus status;
        try {
            status = plan.pupil.enrolmentStatus() == null ? EnrolmentStatus.CURRENT_SINGLE : EnrolmentStatus.ofDfeCode(plan.pupil.enrolmentStatus());
        } catch (IllegalArgumentException unknown) {
            plan.notes.add("enrolment left out: " + unknown.getMessage());
            return;
        }
        LocalDate entry = atSource.get().entryDate();
        LocalDate leaving = atSource.get().leavingDate();
        plan.notes.add("enrolled at " + school.get().name() + " from " + entry + (leaving == null ? "" : " to " + leaving));
        int urn = school.get().urn();
        EnrolmentStatus finalStatus = status.isMain() ? status : EnrolmentStatus.CURRENT_SINGLE;
        plan.steps.add(id -> {
            Child enrolled = children.enrol(id, urn, finalStatus, entry);
            if (leaving != null) {
                String enrolmentId = enrolled.enrolments().get(enrolled.enrolments().size() - 1).id();
                children.leaveSchool(id, enrolmentId, leaving);
            }
        });
    }

    private static CarerRelationship relationship(String ctfCode) {
        String code = ctfCode == null ? "" : ctfCode.strip().toUpperCase(Locale.ROOT);
        return switch (code) {
            case "PAM", "MOT", "MOTHER" -> CarerRelationship.MOTHER;
            case "PAF", "FAT", "FATHER" -> CarerRelationship.FATHER;
            case "STM", "STF", "STP" -> CarerRelationship.STEP_PARENT;
            case "GRM", "GRF", "GRP" -> CarerRelationship.GRANDPARENT;
            case "FOM", "FOF", "FCM", "FCF", "FOS" -> CarerRelationship.FOSTER_CARER;
            case "CAR", "CRM", "CRF" -> CarerRelationship.CARER;
            case "SWR", "SOC" -> CarerRelationship.SOCIAL_WORKER;
            case "REL", "OTR", "AUN", "UNC", "SIB" -> CarerRelationship.OTHER_RELATIVE;
            default -> CarerRelationship.OTHER;
        };
    }

    /** A coded value the file may hold badly: unusable ones are left out with a note, not fatal to the pupil. */
    private static <T> Optional<T> parsed(java.util.function.Supplier<T> parse, PupilPlan plan, String what) {
        try {
            return Optional.ofNullable(parse.get());
        } catch (IllegalArgumentException unusable) {
            plan.notes.add(what + " left out: " + unusable.getMessage());
            return Optional.empty();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
