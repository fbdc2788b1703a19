package org.pupilsupport.core.children;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pupilsupport.core.access.Actor;
import org.pupilsupport.core.access.Permission;
import org.pupilsupport.core.access.Requires;
import org.pupilsupport.core.audit.AuditAction;
import org.pupilsupport.core.audit.AuditEvent;
import org.pupilsupport.core.audit.AuditOutcome;
import org.pupilsupport.core.audit.AuditTrail;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.reference.ReferenceData;
import org.pupilsupport.core.schools.School;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * What officers do with child records in the acting borough. Each method is one transaction bound to
 * that borough; a child of another borough is reported as not found, exactly like an unknown id.
 *
 * <p>Need to know: anyone allowed to find children sees identifying fields in search, but the full
 * record opens only for members of a team the child is allocated to, or for someone who states a reason
 * (break-glass), which is recorded for the break-glass report.
 */
@ApplicationScoped
// Refusals and not-found answers commit: the audit entry recording the attempt must survive them.
@Transactional(dontRollbackOn = {ChildNotFoundException.class, ReasonRequiredException.class, RecordRestrictedException.class})
public class ChildRegister {

    /** The largest page a list may ask for, so one request cannot pull a whole borough. */
    public static final int MAX_PAGE_SIZE = 200;

    static final String SUBJECT = "child";

    @Inject
    ChildRepository children;

    @Inject
    SchoolRegister schools;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    ReferenceData referenceData;

    @Inject
    BoroughRecordRules recordRules;

    @Inject
    OfficerAccounts officerAccounts;

    @Inject
    org.pupilsupport.core.tenancy.ActingBorough actingBorough;

    /**
     * What an officer enters to record a child; the UPN and school may be blank. A school needs the date
     * the child joined it (the record starts a single registration from then).
     */
    public record NewChild(String forename, String middleNames, String surname, LocalDate dateOfBirth, String upn, Integer schoolUrn,
                           LocalDate onRollSince) {

        /** A child on no school's roll. */
        public NewChild(String forename, String middleNames, String surname, LocalDate dateOfBirth, String upn) {
            this(forename, middleNames, surname, dateOfBirth, upn, null, null);
        }
    }

    /**
     * Records a child and allocates them to the recording officer's teams, so the officer can go on
     * working with the record. Screens call {@link #possibleDuplicates} first and warn; a UPN already held
     * by a child of the borough is refused here whatever the screen did.
     *
     * @return the new child's id
     * @throws IllegalArgumentException with an officer-readable message if any field is invalid
     */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public String register(NewChild details) {
        // Every field is checked before any is refused, so the officer sees all that needs correcting at once.
        FieldProblems problems = new FieldProblems();
        LegalName name = problems.check("name", () -> new LegalName(details.forename(), details.middleNames(), details.surname()));
        LocalDate dateOfBirth = problems.check("dateOfBirth", () -> Child.checkedDateOfBirth(details.dateOfBirth(), clock));
        Upn upn = problems.check("upn", () -> details.upn() == null || details.upn().isBlank() ? null : Upn.parse(details.upn()));
        if (upn != null && children.findByUpn(upn).isPresent()) {
            problems.add("upn", "A child in this borough already has UPN " + upn.value() + ": open that record instead");
        }
        School school = null;
        if (details.schoolUrn() != null) {
            school = problems.check("schoolUrn", () -> schools.require(details.schoolUrn()));
            if (details.onRollSince() == null) {
                problems.add("onRollSince", "Enter the date the child joined the school");
            }
        }
        problems.throwIfAny();
        Child child = new Child(name, dateOfBirth, upn, null, clock);
        if (school != null) {
            School theSchool = school;
            problems.check("onRollSince", () -> child.enrol(theSchool, EnrolmentStatus.CURRENT_SINGLE, details.onRollSince()));
            problems.throwIfAny();
        }
        children.add(child);
        audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, child.id(), AuditOutcome.SUCCESS)
                .withDetails(describe(child)));
        child.noteChange(clock.instant(), actor.username(), "record created: " + describe(child));
        if (!actor.isSystem()) {
            children.teamsOf(actor.username()).forEach(teamId -> allocateUnchecked(child.id(), teamId));
        }
        return child.id();
    }

    /**
     * Asks for a child's full record. Every call is one audited view, whatever it gives: the record, a
     * request for a reason (recorded as refused), or not found (an id tried from another borough leaves its
     * trace too).
     */
    @Requires(Permission.OPEN_CHILD_RECORDS)
    public ChildRecordAccess open(String id) {
        Optional<Child> found = children.find(id);
        if (found.isEmpty()) {
            audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, AuditOutcome.NOT_FOUND));
            return new ChildRecordAccess.NotFound(id);
        }
        Child child = found.get();
        if (actor.isSystem() || isAllocatedToATeamOf(id, actor.username())) {
            audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, AuditOutcome.SUCCESS));
            child.loadWholeRecord();
            return new ChildRecordAccess.Granted(child, false);
        }
        if (children.hasActiveCaseAllocatedTo(id, actor.username())) {
            audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, AuditOutcome.SUCCESS).withDetails("the officer's allocated case"));
            child.loadWholeRecord();
            return new ChildRecordAccess.Granted(child, false);
        }
        if (children.isKnownTo(id, actor.username(), clock.instant())) {
            child.loadWholeRecord();
            audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, AuditOutcome.SUCCESS)
                    .withDetails("under a break-glass reason given within the last " + BreakGlassAccess.LASTS.toHours() + " hours"));
            return new ChildRecordAccess.Granted(child, true);
        }
        audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, id, AuditOutcome.REFUSED)
                .withDetails("not known to the officer's teams: reason asked for"));
        return new ChildRecordAccess.ReasonRequired(ChildSummary.of(child, false));
    }

    /**
     * Opens the record of a child not known to the officer's teams (break-glass). The reason is recorded
     * in the audit trail and the break-glass report, and covers further work on the record for
     * {@link BreakGlassAccess#LASTS}.
     *
     * @throws ChildNotFoundException   if there is no such child in the acting borough
     * @throws IllegalArgumentException if the reason is missing or too short; nothing is recorded then
     */
    @Requires(Permission.OPEN_CHILD_RECORDS)
    public Child openGivingReason(String id, String reason) {
        String checkedReason = BreakGlassAccess.checkedReason(reason);
        Child child = children.find(id).orElseThrow(() -> {
            audit.record(AuditEvent.about(AuditAction.BREAK_GLASS, SUBJECT, id, AuditOutcome.NOT_FOUND));
            return new ChildNotFoundException(id);
        });
        recordReason(id, checkedReason, BreakGlassPurpose.OPENED_RECORD, null);
        child.loadWholeRecord();
        return child;
    }

    /**
     * Whether the acting officer knows the child already: through a team the child is allocated to, an open
     * case allocated to them, or a reason given within {@link BreakGlassAccess#LASTS}.
     */
    @Requires(Permission.FIND_CHILDREN)
    public boolean isKnownToMe(String childId) {
        return actor.isSystem() || children.isKnownTo(childId, actor.username(), clock.instant());
    }

    /**
     * Records a reason someone stated for reaching a child not known to them by another way than opening the
     * record (allocating the child or its case to themselves or their team, importing a file that names it),
     * exactly as an opening with a reason is recorded: a break-glass row for the report, covering their work
     * for {@link BreakGlassAccess#LASTS}, and a {@code BREAK_GLASS} audit entry carrying the reason.
     *
     * @param what what was done, in words, for the trail; null for a plain opening
     * @throws IllegalArgumentException if the reason is missing, too short or too long; nothing is recorded then
     */
    @Requires(Permission.OPEN_CHILD_RECORDS)
    public void recordReason(String childId, String reason, BreakGlassPurpose purpose, String what) {
        String checkedReason = BreakGlassAccess.checkedReason(reason);
        children.add(new BreakGlassAccess(childId, actor.username(), checkedReason, clock.instant(), purpose));
        audit.record(new AuditEvent(AuditAction.BREAK_GLASS, SUBJECT, childId, AuditOutcome.SUCCESS, checkedReason,
                purpose == BreakGlassPurpose.OPENED_RECORD ? null : purpose.label() + (what == null ? "" : ": " + what)));
    }

    /**
     * Lets an act that would make the officer or their team workers of a child go ahead only if they know the
     * child already or state a reason, which is then recorded like a break-glass opening. A refusal is audited.
     *
     * @throws ReasonRequiredException  when no reason was given
     * @throws IllegalArgumentException when the reason given is too short or too long; nothing is recorded then
     */
    @Requires(Permission.OPEN_CHILD_RECORDS)
    public void requireKnownOrReason(String childId, String reason, BreakGlassPurpose purpose, String subject, String subjectId, String what) {
        if (isKnownToMe(childId)) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            audit.record(AuditEvent.about(AuditAction.BREAK_GLASS, subject, subjectId, AuditOutcome.REFUSED)
                    .withDetails(purpose.label() + (what == null ? "" : ": " + what) + ", without knowing the child and without a reason"));
            throw new ReasonRequiredException(childId, "This child is not known to you or your teams: say why you are taking on this work "
                    + "(at least " + BreakGlassAccess.SHORTEST_REASON + " characters). The reason is recorded and reviewed by senior officers "
                    + "and the data protection officer");
        }
        recordReason(childId, reason, purpose, what);
    }

    /**
     * The child's sensitive fields, for someone whose role allows them and who may open the record. Each
     * reveal is audited.
     *
     * @throws ChildNotFoundException   if there is no such child in the acting borough
     * @throws ReasonRequiredException if the child is not known to the officer's teams
     */
    @Requires(Permission.REVEAL_SENSITIVE_FIELDS)
    public SensitiveDetails revealSensitiveDetails(String id) {
        Child child = knownChild(id, AuditAction.REVEAL_SENSITIVE);
        audit.record(AuditEvent.about(AuditAction.REVEAL_SENSITIVE, SUBJECT, id, AuditOutcome.SUCCESS)
                .withDetails("social-care status and summary of concerns shown"));
        return child.sensitiveDetails();
    }

    /**
     * Replaces the sensitive fields. The trail records the social-care status before and after, but
     * only the length of the concerns text: copying safeguarding narrative into the audit trail would show
     * it to every auditor.
     */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public void recordSensitiveDetails(String id, SensitiveDetails details) {
        Child child = knownChild(id, AuditAction.UPDATE);
        SensitiveDetails before = child.sensitiveDetails();
        boolean statusChanged = before.socialCareStatus() != details.socialCareStatus();
        boolean concernsChanged = !java.util.Objects.equals(before.concernsSummary(), details.concernsSummary());
        if (concernsChanged && before.concernsSummary() != null) {
            children.add(new FormerConcerns(id, before.concernsSummary(), clock.instant(), actor.username()));
        }
        child.recordSensitiveDetails(details);
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, id, AuditOutcome.SUCCESS)
                .withDetails("social-care status " + (statusChanged ? "changed" : "unchanged") + ": " + before.socialCareStatus() + " -> "
                        + details.socialCareStatus() + "; summary of concerns " + (concernsChanged ? "changed" : "unchanged") + " (text kept out of the trail"
                        + (concernsChanged && before.concernsSummary() != null ? "; the earlier summary is kept" : "") + ")"));
        if (statusChanged || concernsChanged) {
            // The record's history is shown to everyone who opens the record, so it says what changed, never the values.
            child.noteChange(clock.instant(), actor.username(), "sensitive details: "
                    + (statusChanged ? "social-care status changed" : "social-care status unchanged") + "; summary of concerns "
                    + (concernsChanged ? "changed" : "unchanged") + " (shown only through \"Show sensitive details\")");
        }
    }

    /** A summary of concerns as it stood before an overwrite: when it was replaced, by whom, and its text. */
    public record EarlierConcerns(Instant replacedAt, String replacedBy, String concernsSummary) {
    }

    /**
     * The earlier summaries of concerns, newest first, for someone who may reveal the current one; like it,
     * each reading is an audited reveal.
     *
     * @throws ChildNotFoundException  if there is no such child in the acting borough
     * @throws ReasonRequiredException if the child is not known to the officer
     */
    @Requires(Permission.REVEAL_SENSITIVE_FIELDS)
    public List<EarlierConcerns> revealEarlierConcerns(String id) {
        knownChild(id, AuditAction.REVEAL_SENSITIVE);
        List<EarlierConcerns> earlier = children.formerConcernsOf(id).stream()
                .map(former -> new EarlierConcerns(former.replacedAt(), former.replacedBy(), former.concernsSummary())).toList();
        audit.record(AuditEvent.about(AuditAction.REVEAL_SENSITIVE, SUBJECT, id, AuditOutcome.SUCCESS)
                .withDetails("earlier summaries of concerns shown: " + earlier.size()));
        return earlier;
    }

    /**
     * Parents' and carers' details as they stood before each change or removal, newest first.
     *
     * @throws ChildNotFoundException  if there is no such child in the acting borough
     * @throws ReasonRequiredException if the child is not known to the officer
     */
    @Requires(Permission.OPEN_CHILD_RECORDS)
    public List<FormerContact> formerContactsOf(String id) {
        knownChild(id, AuditAction.VIEW);
        return children.formerContactsOf(id);
    }

    /** An audited search: the terms and the page asked for are recorded. Identifying fields only. */
    @Requires(Permission.FIND_CHILDREN)
    public List<ChildSummary> search(String text, int first, int pageSize) {
        if (first < 0 || pageSize < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one child");
        }
        refuseUnreadable(text);
        List<Child> page = children.search(text, first, Math.min(pageSize, MAX_PAGE_SIZE));
        Set<String> known = actor.isSystem() ? Set.of()
                : children.knownAmong(page.stream().map(Child::id).toList(), actor.username(), clock.instant());
        audit.record(AuditEvent.about(AuditAction.SEARCH, SUBJECT, null, AuditOutcome.SUCCESS)
                .withDetails("terms=\"" + (text == null ? "" : text.strip()) + "\" from=" + first + " results=" + page.size()));
        return page.stream().map(child -> ChildSummary.of(child, known.contains(child.id()))).toList();
    }

    /** The borough's children on a school's roll now, identifying fields only; audited as a search. */
    @Requires(Permission.FIND_CHILDREN)
    public List<ChildSummary> onRollAt(int schoolUrn) {
        List<Child> onRoll = children.onRollAt(schoolUrn, MAX_PAGE_SIZE);
        Set<String> known = actor.isSystem() ? Set.of()
                : children.knownAmong(onRoll.stream().map(Child::id).toList(), actor.username(), clock.instant());
        audit.record(AuditEvent.about(AuditAction.SEARCH, SUBJECT, null, AuditOutcome.SUCCESS)
                .withDetails("children on roll at school URN " + schoolUrn + ": " + onRoll.size()));
        return onRoll.stream().map(child -> ChildSummary.of(child, known.contains(child.id()))).toList();
    }

    @Requires(Permission.FIND_CHILDREN)
    public long countMatching(String text) {
        refuseUnreadable(text);
        return children.countMatching(text);
    }

    /** Text with digits that is no identifier (part of a UPN, say) is refused rather than searched as a name. */
    private static void refuseUnreadable(String text) {
        ChildSearchText.problemWith(text).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    @Requires(Permission.FIND_CHILDREN)
    public long count() {
        return children.count();
    }

    /** @throws ChildNotFoundException if there is no such child in the acting borough */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public void correctLegalName(String id, String forename, String middleNames, String surname) {
        Child child = knownChild(id, AuditAction.UPDATE);
        LegalName before = child.legalName();
        LegalName after = new LegalName(forename, middleNames, surname);
        child.changeLegalName(after, today());
        changed(child, "legal name: \"" + before.full() + "\" -> \"" + after.full() + "\"");
    }

    /**
     * Removes a record created in error (a duplicate or a test entry), with its team allocations. Not for
     * retention: records that reach the end of their retention period go through the retention schedule.
     * Break-glass rows stay: they are the evidence of who looked.
     *
     * @throws ChildNotFoundException if there is no such child in the acting borough
     */
    @Requires(Permission.REMOVE_CHILD_RECORDS)
    public void removeRecordedInError(String id) {
        Child child = knownChild(id, AuditAction.DELETE);
        children.allocationsOf(id).forEach(children::remove);
        children.removeVersionsOf(id);
        children.remove(child);
        audit.record(AuditEvent.about(AuditAction.DELETE, SUBJECT, id, AuditOutcome.SUCCESS).withDetails(describe(child)));
    }

    /** The personal details an officer edits together; blank optional parts clear them. */
    public record PersonalDetails(String forename, String middleNames, String surname, String preferredForename,
                                  String preferredSurname, LocalDate dateOfBirth, Sex sex, String ethnicityCode) {
    }

    /**
     * Corrects or completes the personal details. The trail records each changed field with its old and
     * new value, except ethnicity (special-category data), of which it records only that it changed.
     *
     * @throws IllegalArgumentException with an officer-readable message if a detail is invalid; nothing changes then
     */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public Child updatePersonalDetails(String id, PersonalDetails details) {
        Child child = knownChild(id, AuditAction.UPDATE);
        String ethnicity = details.ethnicityCode() == null || details.ethnicityCode().isBlank() ? null
                : referenceData.requireCurrent(ReferenceData.ETHNICITY, details.ethnicityCode());
        java.util.List<String> changes = new java.util.ArrayList<>();
        LegalName legal = new LegalName(details.forename(), details.middleNames(), details.surname());
        if (!legal.full().equals(child.legalName().full())) {
            changes.add("legal name: \"" + child.legalName().full() + "\" -> \"" + legal.full() + "\"");
            child.changeLegalName(legal, today());
        }
        String knownAsBefore = child.knownAs();
        child.recordPreferredName(details.preferredForename(), details.preferredSurname());
        if (!knownAsBefore.equals(child.knownAs())) {
            changes.add("known as: \"" + knownAsBefore + "\" -> \"" + child.knownAs() + "\"");
        }
        if (!child.dateOfBirth().equals(details.dateOfBirth())) {
            LocalDate before = child.dateOfBirth();
            child.correctDateOfBirth(details.dateOfBirth(), clock);
            changes.add("date of birth: " + before + " -> " + details.dateOfBirth());
        }
        if (child.sex() != details.sex()) {
            changes.add("sex: " + label(child.sex()) + " -> " + label(details.sex()));
            child.recordSex(details.sex());
        }
        if (!java.util.Objects.equals(child.ethnicityCode(), ethnicity)) {
            child.recordEthnicity(ethnicity);
            changes.add("ethnicity: changed (special-category data, values kept out of the trail)");
        }
        if (!changes.isEmpty()) {
            changed(child, String.join("; ", changes));
        }
        return withWholeRecord(child);
    }

    /**
     * Gives the child a new UPN (usually the permanent one after a temporary one); the old one is kept.
     *
     * @throws IllegalArgumentException if the UPN is malformed or another child of the borough has it
     */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public Child replaceUpn(String id, String newUpn) {
        Child child = knownChild(id, AuditAction.UPDATE);
        Upn replacement = Upn.parse(newUpn);
        children.findByUpn(replacement).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new IllegalArgumentException("Another child in this borough already has UPN " + replacement.value()
                    + ": check whether the two records are the same child");
        });
        String before = child.upn() == null ? "none" : child.upn().value();
        child.replaceUpn(replacement, today());
        changed(child, "UPN: " + before + " -> " + replacement.value() + (before.equals("none") ? "" : " (the old UPN is kept as a former UPN)"));
        return withWholeRecord(child);
    }

    /** What an officer enters when a child moves home. */
    public record NewAddress(String line1, String line2, String town, String postcode, LocalDate from) {
    }

    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public Child moveHome(String id, NewAddress address) {
        Child child = knownChild(id, AuditAction.UPDATE);
        String before = child.currentAddress().map(HomeAddress::oneLine).orElse("none");
        HomeAddress moved = new HomeAddress(address.line1(), address.line2(), address.town(), address.postcode(), address.from());
        child.moveHome(moved);
        changed(child, "home address from " + moved.from() + ": \"" + before + "\" -> \"" + moved.oneLine() + "\"");
        return withWholeRecord(child);
    }

    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public Child addContact(String id, CarerContact.Details details) {
        Child child = knownChild(id, AuditAction.UPDATE);
        CarerContact added = child.addContact(details);
        changed(child, "parent or carer added: " + describe(added.details()));
        return withWholeRecord(child);
    }

    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public Child updateContact(String id, String contactId, CarerContact.Details details) {
        Child child = knownChild(id, AuditAction.UPDATE);
        CarerContact previous = CarerContact.copyOf(child.contact(contactId));
        String before = describe(previous.details());
        child.updateContact(contactId, details);
        String after = describe(child.contact(contactId).details());
        if (!before.equals(after)) {
            children.add(new FormerContact(id, previous, clock.instant(), actor.username(), false));
            changed(child, "parent or carer: " + before + " -> " + after);
        }
        return withWholeRecord(child);
    }

    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public Child removeContact(String id, String contactId) {
        Child child = knownChild(id, AuditAction.UPDATE);
        CarerContact leaving = child.contact(contactId);
        String removed = describe(leaving.details());
        children.add(new FormerContact(id, leaving, clock.instant(), actor.username(), true));
        child.removeContact(contactId);
        changed(child, "parent or carer removed: " + removed);
        return withWholeRecord(child);
    }

    /** @throws IllegalArgumentException if the school is unknown or the enrolment breaks the registration rules */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public Child enrol(String id, int schoolUrn, EnrolmentStatus status, LocalDate start) {
        Child child = knownChild(id, AuditAction.UPDATE);
        FieldProblems problems = new FieldProblems();
        School joined = problems.check("schoolUrn", () -> schools.require(schoolUrn));
        problems.throwIfAny();
        child.enrol(joined, status, start);
        changed(child, "enrolled at " + joined.name() + " (URN " + schoolUrn + ") from " + start + ", status " + status.dfeCode());
        return withWholeRecord(child);
    }

    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public Child leaveSchool(String id, String enrolmentId, LocalDate lastDay) {
        Child child = knownChild(id, AuditAction.UPDATE);
        child.leaveSchool(enrolmentId, lastDay);
        Enrolment ended = child.enrolments().stream().filter(enrolment -> enrolment.id().equals(enrolmentId)).findFirst().orElseThrow();
        changed(child, "left school URN " + ended.schoolUrn() + " on " + lastDay);
        return withWholeRecord(child);
    }

    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public Child recordSenProvision(String id, SenProvision provision, LocalDate from) {
        Child child = knownChild(id, AuditAction.UPDATE);
        String before = child.currentSenProvision().map(SenProvision::dfeCode).orElse("none");
        child.recordSenProvision(provision, from);
        changed(child, "SEN provision from " + from + ": " + before + " -> " + provision.dfeCode());
        return withWholeRecord(child);
    }

    /**
     * Records a school's deletion of the child from its roll, received in the school's return (PR 2024 reg 13).
     * This is intake, not a look at the record: the receiving officer need not know the child and is shown
     * nothing of the record; the entry is audited and noted in the record's history like any change, parents'
     * details included.
     */
    @Requires(Permission.CHANGE_CHILD_RECORDS)
    public void recordRollDeletion(String id, RollDeletion deletion) {
        Child child = childToChange(id, AuditAction.UPDATE);
        child.recordRollDeletion(deletion);
        changed(child, "deleted from the roll of school URN " + deletion.schoolUrn() + " on " + deletion.deletedOn() + ", ground "
                + deletion.ground() + "; return received " + deletion.receivedOn() + (deletion.toldInTime() ? "" : ", after the deletion")
                + "; parents: " + String.join("; ", deletion.parents().stream()
                .map(parent -> parent.name() + ", " + parent.address() + ", " + parent.phone()).toList())
                + "; " + deletion.handledAs());
    }

    /**
     * Children of the borough who may be the same child as the one about to be recorded: the same UPN
     * (current or former), or the same legal forename, surname and date of birth. Identifying fields only.
     */
    @Requires(Permission.FIND_CHILDREN)
    public List<ChildSummary> possibleDuplicates(NewChild details) {
        java.util.Map<String, Child> found = new java.util.LinkedHashMap<>();
        if (details.upn() != null && !details.upn().isBlank()) {
            try {
                Upn upn = Upn.parse(details.upn());
                children.findByUpn(upn).filter(child -> child.mergedIntoId() == null).ifPresent(child -> found.put(child.id(), child));
                children.findByFormerUpn(upn.value()).forEach(child -> found.put(child.id(), child));
            } catch (IllegalArgumentException malformed) {
                // A malformed UPN matches nobody; registering will say what is wrong with it.
            }
        }
        if (details.forename() != null && details.surname() != null && details.dateOfBirth() != null) {
            children.findByNameAndDateOfBirth(details.forename().strip(), details.surname().strip(), details.dateOfBirth())
                    .forEach(child -> found.put(child.id(), child));
        }
        Set<String> known = actor.isSystem() ? Set.of() : children.knownAmong(found.keySet(), actor.username(), clock.instant());
        if (!found.isEmpty()) {
            audit.record(AuditEvent.about(AuditAction.SEARCH, SUBJECT, null, AuditOutcome.SUCCESS)
                    .withDetails("duplicate check for a new record: " + found.size() + " possible matches"));
        }
        return found.values().stream().map(child -> ChildSummary.of(child, known.contains(child.id()))).toList();
    }

    /**
     * Merges a duplicate record into the survivor: the survivor gains what it lacked (the duplicate's UPNs
     * and surnames as former ones, past addresses and schools, carers, SEN periods), takes over the
     * duplicate's team allocations, and the duplicate leaves every list. Both records note it in their
     * history and the trail. Reversible within the borough's period ({@link #reverseMerge}).
     *
     * @throws IllegalArgumentException if the two are one record, or either is already merged
     */
    @Requires(Permission.MERGE_CHILD_RECORDS)
    public Child merge(String survivorId, String duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw new IllegalArgumentException("Choose two different records to merge");
        }
        Child survivor = knownChild(survivorId, AuditAction.UPDATE);
        Child duplicate = knownChild(duplicateId, AuditAction.UPDATE);
        if (survivor.mergedIntoId() != null || duplicate.mergedIntoId() != null) {
            throw new IllegalArgumentException("One of these records has already been merged into another; open the surviving record");
        }
        survivor.loadWholeRecord();
        duplicate.loadWholeRecord();
        List<String> copied = survivor.absorb(duplicate, today());
        for (ChildAllocation allocation : children.allocationsOf(duplicateId)) {
            if (!isAllocated(survivorId, allocation.teamId())) {
                allocateUnchecked(survivorId, allocation.teamId());
                copied.add("allocation:" + allocation.teamId());
            }
        }
        duplicate.retireAsMergedInto(survivorId);
        ChildMerge merge = new ChildMerge(survivorId, duplicateId, clock.instant(), actor.username(), copied);
        children.add(merge);
        changed(survivor, "merged the duplicate record " + duplicateId + " (" + duplicate.legalName().full() + ", born "
                + duplicate.dateOfBirth() + ") into this one; copied " + copied.size() + " items");
        changed(duplicate, "merged into record " + survivorId + " as a duplicate of the same child");
        return withWholeRecord(survivor);
    }

    /**
     * Undoes a merge within the borough's period: takes out of the survivor exactly what the merge copied
     * in, gives the allocations back, and brings the duplicate back into lists.
     *
     * @throws IllegalArgumentException if there is no such merge, it was already undone, or the period is over
     */
    @Requires(Permission.MERGE_CHILD_RECORDS)
    public Child reverseMerge(String mergeId) {
        ChildMerge merge = children.findMerge(mergeId).orElseThrow(() -> new IllegalArgumentException("There is no such merge in this borough"));
        if (merge.isReversed()) {
            throw new IllegalArgumentException("This merge was already undone on " + merge.reversedAt());
        }
        BoroughRecordRules.MergeReversal rule = recordRules.mergeReversal(actingBorough.require());
        if (!merge.isReversibleAt(clock.instant(), rule.days())) {
            throw new IllegalArgumentException("The merge can no longer be undone: the borough allows " + rule.days()
                    + " days (" + rule.source() + ")");
        }
        Child survivor = knownChild(merge.survivorId(), AuditAction.UPDATE);
        Child duplicate = childToChange(merge.mergedId(), AuditAction.UPDATE);
        survivor.loadWholeRecord();
        List<String> copied = merge.copied();
        for (String line : List.copyOf(copied)) {
            if (line.startsWith("allocation:")) {
                String teamId = line.substring("allocation:".length());
                children.allocationsOf(merge.survivorId()).stream().filter(allocation -> allocation.teamId().equals(teamId)).forEach(children::remove);
                copied.remove(line);
            }
        }
        survivor.release(copied);
        duplicate.reinstate();
        merge.reverse(clock.instant(), actor.username());
        changed(survivor, "undid the merge of record " + merge.mergedId() + ": its copied details were taken out");
        changed(duplicate, "no longer merged into record " + merge.survivorId() + ": the merge was undone");
        return withWholeRecord(survivor);
    }

    /**
     * The merges a child took part in, newest first, with the number of days the borough allows to undo one.
     *
     * @throws ReasonRequiredException if the child is not known to the officer
     */
    @Requires(Permission.OPEN_CHILD_RECORDS)
    public List<ChildMerge> mergesOf(String childId) {
        // A merge lists the former UPNs and surnames it copied: record content, behind need to know like the rest.
        knownChild(childId, AuditAction.VIEW);
        return children.mergesOf(childId);
    }

    /**
     * Allocates the child to a team, whose members then know the child.
     *
     * @throws ChildNotFoundException   if there is no such child in the acting borough
     * @throws IllegalArgumentException if the team is not one of the borough's
     */
    @Requires(Permission.ALLOCATE_CHILDREN)
    public void allocate(String childId, String teamId) {
        allocate(childId, teamId, null);
    }

    /**
     * Allocates the child to a team, whose members then know the child. Allocating to one of the officer's
     * own teams gives the officer the whole record, so it needs the child to be known to them already or a
     * stated reason, recorded and reported like a break-glass opening.
     *
     * @param reason why, when the child is not known to the officer and the team is theirs; otherwise ignored
     * @throws ChildNotFoundException   if there is no such child in the acting borough
     * @throws ReasonRequiredException  if the team is the officer's own, the child unknown to them and no reason given
     * @throws IllegalArgumentException if the team is not one of the borough's, or the reason is too short or too long
     */
    @Requires(Permission.ALLOCATE_CHILDREN)
    public void allocate(String childId, String teamId, String reason) {
        childToChange(childId, AuditAction.CREATE);
        String teamName = children.teamName(teamId).orElseThrow(() -> new IllegalArgumentException("Choose one of this borough's teams"));
        if (isAllocated(childId, teamId)) {
            return;
        }
        if (!actor.isSystem() && children.teamsOf(actor.username()).contains(teamId)) {
            requireKnownOrReason(childId, reason, BreakGlassPurpose.ALLOCATED_CHILD_TO_OWN_TEAM, "child-allocation", childId,
                    "team \"" + teamName + "\"");
        }
        allocateUnchecked(childId, teamId);
        audit.record(AuditEvent.about(AuditAction.CREATE, "child-allocation", childId, AuditOutcome.SUCCESS)
                .withDetails("allocated to team \"" + teamName + "\""));
    }

    /** @throws ChildNotFoundException if there is no such child in the acting borough */
    @Requires(Permission.ALLOCATE_CHILDREN)
    public void deallocate(String childId, String teamId) {
        childToChange(childId, AuditAction.DELETE);
        for (ChildAllocation allocation : children.allocationsOf(childId)) {
            if (allocation.teamId().equals(teamId)) {
                children.remove(allocation);
                audit.record(AuditEvent.about(AuditAction.DELETE, "child-allocation", childId, AuditOutcome.SUCCESS)
                        .withDetails("no longer allocated to team \"" + children.teamName(teamId).orElse(teamId) + "\""));
            }
        }
    }

    /** The teams the child is allocated to. Team names are not personal data, so finding children is enough. */
    @Requires(Permission.FIND_CHILDREN)
    public List<TeamAllocation> allocationsOf(String childId) {
        return children.allocationsOf(childId).stream()
                .map(allocation -> new TeamAllocation(allocation.teamId(), children.teamName(allocation.teamId()).orElse("(removed team)"),
                        allocation.allocatedAt(), allocation.allocatedBy(),
                        officerAccounts.describe(allocation.allocatedBy()).map(SignedInOfficer::displayName).orElse(allocation.allocatedBy())))
                .toList();
    }

    private boolean isAllocatedToATeamOf(String childId, String username) {
        Set<String> officersTeams = Set.copyOf(children.teamsOf(username));
        return children.allocationsOf(childId).stream().anyMatch(allocation -> officersTeams.contains(allocation.teamId()));
    }

    private boolean isAllocated(String childId, String teamId) {
        return children.allocationsOf(childId).stream().anyMatch(allocation -> allocation.teamId().equals(teamId));
    }

    private void allocateUnchecked(String childId, String teamId) {
        children.add(new ChildAllocation(childId, teamId, clock.instant(), actor.username()));
    }

    /**
     * A child the acting officer may work on. A missing child is recorded as a not-found attempt at the
     * act, one not known to the officer's teams as a refused one.
     */
    private Child knownChild(String id, AuditAction attempted) {
        Child child = childToChange(id, attempted);
        Instant now = clock.instant();
        if (!actor.isSystem() && !children.isKnownTo(id, actor.username(), now)) {
            audit.record(AuditEvent.about(attempted, SUBJECT, id, AuditOutcome.REFUSED)
                    .withDetails("not known to the officer's teams and no reason given"));
            throw new ReasonRequiredException(id);
        }
        return child;
    }

    /**
     * The child a change applies to. Loading it is not a separate view (the change's own entry records
     * the act); a missing child is recorded as a not-found attempt at the change.
     */
    private Child childToChange(String id, AuditAction attempted) {
        Child child = children.find(id).orElseThrow(() -> {
            audit.record(AuditEvent.about(attempted, SUBJECT, id, AuditOutcome.NOT_FOUND));
            return new ChildNotFoundException(id);
        });
        refuseIfRestricted(child, attempted);
        return child;
    }

    /** A restricted record is read-only for everyone: every change is refused, and the attempt recorded. */
    private void refuseIfRestricted(Child child, AuditAction attempted) {
        if (child.isRestricted() && attempted != AuditAction.VIEW && attempted != AuditAction.REVEAL_SENSITIVE) {
            audit.record(AuditEvent.about(attempted, SUBJECT, child.id(), AuditOutcome.REFUSED).withDetails("the record is restricted"));
            throw new RecordRestrictedException();
        }
    }

    /** The child as the page shows it after a change: no second audited view is needed to redisplay it. */
    private static Child withWholeRecord(Child child) {
        child.loadWholeRecord();
        return child;
    }

    /** Records a change in the trail (with what changed) and in the record's own history. */
    private void changed(Child child, String description) {
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, child.id(), AuditOutcome.SUCCESS).withDetails(description));
        child.noteChange(clock.instant(), actor.username(), description);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.pupilsupport.core.time.Clocks.ENGLAND));
    }

    private static String label(Sex sex) {
        return sex == null ? "not recorded" : sex.label();
    }

    /** Every detail of a parent or carer, so a change to any of them shows in the trail and the history. */
    private static String describe(CarerContact.Details contact) {
        return contact.name() + " (" + contact.relationship().label()
                + (contact.parentalResponsibility() ? ", parental responsibility" : ", no parental responsibility")
                + (contact.livesWith() ? ", lives with the child" : ", does not live with the child")
                + "; phone: " + orNone(contact.phone()) + "; other phone: " + orNone(contact.otherPhone())
                + "; email: " + orNone(contact.email()) + "; address: " + (contact.address() == null ? "the child's" : "\"" + contact.address() + "\"") + ")";
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }

    private static String describe(Child child) {
        return "legal name: \"" + child.legalName().full() + "\"; date of birth: " + child.dateOfBirth()
                + "; UPN: " + child.upn() + "; school: " + (child.school() == null ? null : child.school().urn());
    }
}
