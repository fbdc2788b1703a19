package org.pupilsupport.core.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

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
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.children.BreakGlassPurpose;
import org.pupilsupport.core.children.ChildNotFoundException;
import org.pupilsupport.core.children.RecordRestrictedException;
import org.pupilsupport.core.children.ChildRegister;
import org.pupilsupport.core.children.ChildRepository;
import org.pupilsupport.core.children.ReasonRequiredException;
import org.pupilsupport.core.officers.OfficerAccounts;
import org.pupilsupport.core.officers.SignedInOfficer;
import org.pupilsupport.core.reference.ReferenceData;
import org.pupilsupport.core.schools.SchoolRegister;
import org.pupilsupport.core.teams.Team;
import org.pupilsupport.core.tenancy.ActingBorough;
import org.pupilsupport.core.tenancy.TenantId;
import org.pupilsupport.core.time.Clocks;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * What officers do with cases in the acting borough. Each method is one audited transaction; a case of
 * another borough is not found, exactly like an unknown reference.
 *
 * <p>Need to know: a case is open to its allocated officer, to members of its team, and to anyone who knows
 * the child (by team or by a break-glass reason); a notification awaiting allocation is open to those who
 * allocate. Recording a notification does not by itself make the child known: an officer can take a new
 * case only for a child they already know, otherwise it waits for a senior officer.
 *
 * <p>After every change the case's deadlines are worked out again on the borough's calendar and protocol,
 * and its tasks brought in step.
 */
@ApplicationScoped
// Refusals and not-found answers commit: the audit entry recording the attempt must survive them.
@Transactional(dontRollbackOn = {CaseNotFoundException.class, ReasonRequiredException.class, ChildNotFoundException.class,
        RecordRestrictedException.class})
public class Casework {

    /** The week the dashboard looks ahead. */
    public static final int DAYS_AHEAD = 7;
    static final int LONGEST_LIST = 200;
    static final String SUBJECT = "case";

    public static final String DELETION_GROUNDS = "deletion-ground";
    public static final String EXCLUSION_REASONS = "exclusion-reason";

    @Inject
    CaseRepository cases;

    @Inject
    ChildRepository children;

    @Inject
    ChildRegister childRegister;

    @Inject
    OfficerAccounts officerAccounts;

    @Inject
    SchoolRegister schools;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    ActingBorough actingBorough;

    @Inject
    Clock clock;

    @Inject
    AttachmentStore attachmentStore;

    @Inject
    CaseDeadlines deadlines;

    /** A notification or referral about a child. {@code takeIt}: the recording officer becomes its officer. */
    public record NewChildCase(ServiceArea area, String childId, Integer schoolUrn, CaseSource source, LocalDate referredOn, String summary,
                               boolean takeIt) {
    }

    // ---- recording

    /**
     * Records a child's case. It waits for allocation unless the officer takes it, which they may only for a
     * child they already know.
     *
     * @throws ChildNotFoundException   when the child is not in the acting borough
     * @throws IllegalArgumentException with an officer-readable message for invalid details
     */
    @Requires(Permission.WORK_ON_CASES)
    public CaseReference recordChildCase(NewChildCase details) {
        Objects.requireNonNull(details, "details");
        String childId = details.childId();
        org.pupilsupport.core.children.Child child = childId == null ? null : children.find(childId).orElse(null);
        if (child == null) {
            audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, null, AuditOutcome.NOT_FOUND).withDetails("no child " + childId));
            throw new ChildNotFoundException(childId);
        }
        if (child.mergedIntoId() != null) {
            throw new IllegalArgumentException("This record was merged into another record of the same child: record the case on that one");
        }
        if (child.isRestricted()) {
            audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, null, AuditOutcome.REFUSED).withDetails("child " + childId + " is restricted"));
            throw new RecordRestrictedException();
        }
        if (details.schoolUrn() != null) {
            schools.require(details.schoolUrn());
        }
        Case newCase = Case.forChild(details.area(), childId, details.schoolUrn(), details.source(), details.referredOn(), details.summary(),
                actor.username(), clock.instant(), today());
        if (details.takeIt() && !knowsChild(childId)) {
            throw new IllegalArgumentException("You can take a case only for a child your teams already know; this one will wait for allocation. "
                    + "Untick \"I will take this case\" to record it.");
        }
        cases.add(newCase);
        if (details.takeIt()) {
            List<String> teams = cases.teamsOf(actor.username());
            newCase.allocate(actor.username(), teams.isEmpty() ? null : teams.get(0), actor.username(), clock.instant(), today());
        }
        audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, newCase.reference().toString(), AuditOutcome.SUCCESS)
                .withDetails(details.area().label() + " for child " + childId + " from " + details.source().label()
                        + (details.takeIt() ? "; taken by the recording officer" : "; awaiting allocation")));
        return newCase.reference();
    }

    /** Records a school's request for consultancy; it concerns no child. */
    @Requires(Permission.WORK_ON_CASES)
    public CaseReference recordSchoolConsultancy(int schoolUrn, CaseSource source, LocalDate requestedOn, String summary, boolean takeIt) {
        schools.require(schoolUrn);
        Case newCase = Case.forSchool(schoolUrn, source, requestedOn, summary, actor.username(), clock.instant(), today());
        cases.add(newCase);
        if (takeIt) {
            List<String> teams = cases.teamsOf(actor.username());
            newCase.allocate(actor.username(), teams.isEmpty() ? null : teams.get(0), actor.username(), clock.instant(), today());
        }
        audit.record(AuditEvent.about(AuditAction.CREATE, SUBJECT, newCase.reference().toString(), AuditOutcome.SUCCESS)
                .withDetails("school consultancy for school " + schoolUrn));
        return newCase.reference();
    }

    // ---- reading

    /**
     * The whole case, for someone with need to know. Every call is one audited view.
     *
     * @throws CaseNotFoundException   for an unknown reference or another borough's
     * @throws ReasonRequiredException when the officer does not know the child: open the child's record giving a reason
     */
    @Requires(Permission.WORK_ON_CASES)
    public Case open(String reference) {
        Case found = caseFor(reference, AuditAction.VIEW);
        audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, found.reference().toString(), AuditOutcome.SUCCESS));
        found.loadWholeCase();
        return found;
    }

    /**
     * What an allocator needs to allocate a case awaiting allocation, and no more: its reference, area,
     * source and date, school, and the child's identifying fields. The notification's text and the child's
     * record stay behind need to know. Audited as a view for allocation.
     *
     * @throws CaseNotFoundException   for an unknown reference or another borough's
     * @throws ReasonRequiredException when the case is no longer awaiting allocation and the allocator does not know the child
     */
    @Requires(Permission.ALLOCATE_CASES)
    public CaseForAllocation forAllocation(String reference) {
        Case found = caseToAllocate(reference, AuditAction.VIEW);
        audit.record(AuditEvent.about(AuditAction.VIEW, SUBJECT, found.reference().toString(), AuditOutcome.SUCCESS)
                .withDetails("for allocation: identifying fields only"));
        String childName = found.childId() == null ? null : cases.childNames(List.of(found.childId())).get(found.childId());
        return new CaseForAllocation(found.reference(), found.area(), found.status(), found.source(), found.referredOn(), found.schoolUrn(),
                found.childId(), childName, found.allocatedOfficer(), found.childId() == null || knowsChild(found.childId()));
    }

    /**
     * A case as its allocator sees it before knowing the child.
     *
     * @param childKnown whether the allocator knows the child already (no reason is needed to take it on)
     */
    public record CaseForAllocation(CaseReference reference, ServiceArea area, CaseStatus status, CaseSource source, LocalDate referredOn,
                                    Integer schoolUrn, String childId, String childName, String allocatedOfficer, boolean childKnown) {
    }

    /** The deadlines of a case as they stand, with whose calendar counted them, for its page. */
    @Requires(Permission.WORK_ON_CASES)
    public CaseRules rulesOf(String reference) {
        Case found = caseFor(reference, AuditAction.VIEW);
        return deadlines.rulesOf(found);
    }

    /** The name of the case's child, for its page; the case's own audited view covers it. */
    @Requires(Permission.WORK_ON_CASES)
    public String childNameOf(String reference) {
        Case found = caseFor(reference, AuditAction.VIEW);
        return found.childId() == null ? null : cases.childNames(List.of(found.childId())).get(found.childId());
    }

    /** How the case's child's record is restricted, if it is, so its page can say that nothing can be changed, and why. */
    public enum ChildRestriction {
        NONE, RESTRICTED,
        /** Restricted because an objection was upheld (UK GDPR Article 21(1)): processing stopped. */
        PROCESSING_STOPPED
    }

    @Requires(Permission.WORK_ON_CASES)
    public ChildRestriction childRestriction(String reference) {
        Case found = caseFor(reference, AuditAction.VIEW);
        return found.childId() == null ? ChildRestriction.NONE : children.find(found.childId())
                .map(child -> child.isProcessingStopped() ? ChildRestriction.PROCESSING_STOPPED
                        : child.isRestricted() ? ChildRestriction.RESTRICTED : ChildRestriction.NONE)
                .orElse(ChildRestriction.NONE);
    }

    /** What the case page needs besides the case: the protocol, the yearly suspension count, the live deadlines. */
    public record CaseRules(CaseProtocol protocol, SuspensionAllowance suspensions, List<Deadline> deadlines, SchoolDays schoolDays) {
    }

    /**
     * The child's cases, newest first, for the child's page.
     *
     * @throws ReasonRequiredException when the officer does not know the child
     */
    @Requires(Permission.WORK_ON_CASES)
    public List<CaseSummary> casesOfChild(String childId) {
        requireKnownChild(childId);
        String name = cases.childNames(List.of(childId)).get(childId);
        return cases.ofChild(childId).stream().map(aCase -> CaseSummary.of(aCase, name)).toList();
    }

    /** Everything that happened on the child's cases, newest first: case events and contacts. */
    @Requires(Permission.WORK_ON_CASES)
    public List<TimelineEntry> timelineOf(String childId) {
        requireKnownChild(childId);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Case aCase : cases.ofChild(childId)) {
            aCase.history().forEach(event -> timeline.add(new TimelineEntry(event.happenedAt(), aCase.reference(), event.description(), event.username())));
            aCase.contacts().forEach(contact -> timeline.add(new TimelineEntry(contact.happenedAt().atZone(Clocks.ENGLAND).toInstant(), aCase.reference(),
                    contact.channel().label() + " with " + contact.peopleInvolved() + ": " + contact.summary(), contact.recordedBy())));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::when).reversed());
        return timeline;
    }

    /** Active cases at a school, for the school's page: references and areas only. */
    @Requires(Permission.WORK_ON_CASES)
    public List<CaseSummary> activeAtSchool(int schoolUrn) {
        List<Case> found = cases.activeAtSchool(schoolUrn);
        Map<String, String> names = namesOfKnownChildren(found);
        return found.stream().map(aCase -> CaseSummary.of(aCase, names.getOrDefault(aCase.childId(), "(a child not known to your teams)"))).toList();
    }

    /** The officer's dashboard. Allocators also get the notifications awaiting allocation and their teams' cases. */
    @Requires(Permission.WORK_ON_CASES)
    public OfficerDay myDay() {
        String me = actor.username();
        LocalDate today = today();
        List<Case> mine = cases.activeAllocatedTo(me);
        List<CaseTask> tasks = cases.openTasksOf(me, today.plusDays(DAYS_AHEAD));
        Set<Long> numbers = new HashSet<>();
        tasks.forEach(task -> numbers.add(task.caseNumber()));
        List<Case> caseOfTasks = cases.byNumbers(numbers);
        boolean allocates = actor.isPermitted(Permission.ALLOCATE_CASES);
        List<Case> awaiting = allocates ? cases.awaitingAllocation(LONGEST_LIST) : List.of();
        List<Case> team = allocates ? cases.activeOfTeams(cases.teamsOf(me), LONGEST_LIST) : List.of();
        List<Case> named = new ArrayList<>(mine);
        named.addAll(caseOfTasks);
        named.addAll(awaiting);
        named.addAll(team);
        Map<String, String> names = cases.childNames(named.stream().map(Case::childId).filter(Objects::nonNull).distinct().toList());
        List<TaskSummary> taskSummaries = tasks.stream().map(task -> {
            Case owner = caseOfTasks.stream().filter(aCase -> aCase.number().equals(task.caseNumber())).findFirst().orElseThrow();
            return new TaskSummary(task.id(), owner.reference(), CaseSummary.of(owner, names.get(owner.childId())).subject(), task.kind(), task.detail(),
                    task.dueOn(), task.overdueOn(today), task.calendar());
        }).toList();
        audit.record(AuditEvent.about(AuditAction.VIEW, "dashboard", me, AuditOutcome.SUCCESS)
                .withDetails(mine.size() + " cases, " + tasks.size() + " tasks listed"));
        return new OfficerDay(summaries(mine, names), taskSummaries, cases.activeCountsByArea(), cases.countAwaitingAllocation(),
                summaries(awaiting, names), summaries(team, names));
    }

    /** How many cases the borough holds, open or closed. */
    @Requires(Permission.WORK_ON_CASES)
    public long countAll() {
        return cases.countAll();
    }

    /** Teams and their members, to choose whom to allocate a case to. */
    @Requires(Permission.ALLOCATE_CASES)
    public List<Team> allocationTeams() {
        return cases.teams();
    }

    /**
     * Someone a case can be allocated to, once however many teams they are in.
     *
     * @param teamId    the team the case goes with: the first of their teams by name
     * @param teamNames all their teams, by name
     */
    public record AllocationChoice(String username, String name, String teamId, List<String> teamNames) {
    }

    /** The people a case can be allocated to, each once, by name. */
    @Requires(Permission.ALLOCATE_CASES)
    public List<AllocationChoice> allocationChoices() {
        Map<String, List<Team>> teamsOfMember = new java.util.HashMap<>();
        cases.teams().stream().sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(team -> team.members().forEach(member -> teamsOfMember.computeIfAbsent(member, any -> new ArrayList<>()).add(team)));
        return teamsOfMember.entrySet().stream()
                .map(entry -> new AllocationChoice(entry.getKey(), officerAccounts.describe(entry.getKey()).map(SignedInOfficer::displayName).orElse(entry.getKey()),
                        entry.getValue().get(0).id(), entry.getValue().stream().map(Team::name).toList()))
                .sorted(Comparator.comparing(AllocationChoice::name, String.CASE_INSENSITIVE_ORDER).thenComparing(AllocationChoice::username))
                .toList();
    }

    // ---- lifecycle

    /**
     * Allocates (or reallocates) a case to an officer of a team.
     *
     * @throws IllegalArgumentException when the officer is not a member of the team
     */
    @Requires(Permission.ALLOCATE_CASES)
    public void allocate(String reference, String teamId, String officer) {
        allocate(reference, teamId, officer, null);
    }

    /**
     * Allocates (or reallocates) a case to an officer of a team. A case awaiting allocation may be allocated
     * by an allocator who does not know the child, but allocating it to themselves or to their own team gives
     * them the child's whole record: that needs the child to be known to them already or a stated reason,
     * recorded and reported like a break-glass opening.
     *
     * @param reason why, when the child is not known to the allocator and the case goes to them or their team; otherwise ignored
     * @throws IllegalArgumentException when the officer is not a member of the team, or the reason is too short or too long
     * @throws ReasonRequiredException  when a reason is needed and none was given
     */
    @Requires(Permission.ALLOCATE_CASES)
    public void allocate(String reference, String teamId, String officer, String reason) {
        Case aCase = caseToAllocate(reference, AuditAction.UPDATE);
        Team team = cases.teams().stream().filter(candidate -> candidate.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Choose one of the borough's teams"));
        if (officer == null || !team.members().contains(officer)) {
            throw new IllegalArgumentException("Choose an officer who is a member of " + team.name());
        }
        boolean toMeOrMyTeam = officer.equals(actor.username()) || cases.teamsOf(actor.username()).contains(teamId);
        if (toMeOrMyTeam && aCase.childId() != null && !actor.isSystem() && !knowsChild(aCase.childId())) {
            childRegister.requireKnownOrReason(survivorOf(aCase.childId()), reason, BreakGlassPurpose.ALLOCATED_CASE_TO_SELF_OR_OWN_TEAM,
                    SUBJECT, aCase.reference().toString(), "case " + aCase.reference() + " to " + officer + " (" + team.name() + ")");
        }
        String before = aCase.allocatedOfficer();
        aCase.allocate(officer, teamId, actor.username(), clock.instant(), today());
        changed(aCase, "allocated to " + officer + " (" + team.name() + ")" + (before == null ? "" : ", was " + before));
    }

    @Requires(Permission.WORK_ON_CASES)
    public void close(String reference, CaseOutcome outcome, String note) {
        Case aCase = caseFor(reference, AuditAction.UPDATE);
        aCase.close(outcome, note, actor.username(), clock.instant(), today());
        changed(aCase, "closed: " + (outcome == null ? null : outcome.name()));
    }

    @Requires(Permission.WORK_ON_CASES)
    public void reopen(String reference, String reason) {
        Case aCase = caseFor(reference, AuditAction.UPDATE);
        aCase.reopen(reason, actor.username(), clock.instant());
        changed(aCase, "reopened");
    }

    @Requires(Permission.WORK_ON_CASES)
    public void completeTask(String reference, String taskId, String note) {
        Case aCase = caseFor(reference, AuditAction.UPDATE);
        CaseTask task = aCase.completeTask(taskId, note, actor.username(), clock.instant(), today());
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, aCase.reference().toString(), AuditOutcome.SUCCESS)
                .withDetails("task done: " + task.kind().name() + " due " + task.dueOn()));
    }

    /** Takes back "Done" on a task, for the officer who pressed it; recorded in the case's history and the trail. */
    @Requires(Permission.WORK_ON_CASES)
    public void undoTaskCompletion(String reference, String taskId) {
        Case aCase = caseFor(reference, AuditAction.UPDATE);
        CaseTask task = aCase.undoTaskCompletion(taskId, actor.username(), clock.instant());
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, aCase.reference().toString(), AuditOutcome.SUCCESS)
                .withDetails("task done undone: " + task.kind().name() + " due " + task.dueOn()));
    }

    @Requires(Permission.WORK_ON_CASES)
    public CaseContact addContact(String reference, LocalDateTime happenedAt, ContactChannel channel, String people, String summary) {
        Case aCase = caseFor(reference, AuditAction.UPDATE);
        CaseContact contact = aCase.addContact(happenedAt, channel, people, summary, actor.username(), clock.instant(),
                LocalDateTime.now(clock.withZone(Clocks.ENGLAND)));
        // A contact can meet a deadline (the first contact with a home-educating family): bring the tasks in step.
        refreshDeadlines(aCase);
        // The summary can hold safeguarding narrative: the trail records that a contact was made, not what was said.
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, aCase.reference().toString(), AuditOutcome.SUCCESS)
                .withDetails("contact recorded: " + channel.name() + " at " + happenedAt));
        return contact;
    }

    @Requires(Permission.WORK_ON_CASES)
    public void addReview(String reference, LocalDate heldOn, String note) {
        change(reference, aCase -> aCase.addReview(heldOn, note, actor.username(), clock.instant(), today()), "review held on " + heldOn);
    }

    // ---- the areas' facts

    /** The CME facts, with what the school says of the ground (i) conditions it knows (null while it has not said). */
    @Requires(Permission.WORK_ON_CASES)
    public void recordMissingEducation(String reference, String deletionGround, LocalDate firstDayAbsent, String destinationLaCode,
                                       LocalDate otherLaNotifiedOn, AbsenceRecording absenceRecording, SchoolBelief schoolBelief) {
        String ground = deletionGround == null || deletionGround.isBlank() ? null : referenceData.requireCurrent(DELETION_GROUNDS, deletionGround);
        MissingEducation details = new MissingEducation(ground, firstDayAbsent, destinationLaCode, otherLaNotifiedOn, absenceRecording,
                schoolBelief, today());
        change(reference, aCase -> aCase.recordMissingEducation(details, actor.username(), clock.instant()),
                "missing-education details: ground " + ground + ", first day absent " + firstDayAbsent);
    }

    @Requires(Permission.WORK_ON_CASES)
    public void addEnquiry(String reference, EnquiryKind kind, LocalDate madeOn, String result) {
        addEnquiry(reference, kind, madeOn, result, false);
    }

    /** @param locatedChild whether the enquiry found where the child is */
    @Requires(Permission.WORK_ON_CASES)
    public void addEnquiry(String reference, EnquiryKind kind, LocalDate madeOn, String result, boolean locatedChild) {
        change(reference, aCase -> aCase.addEnquiry(kind, madeOn, result, locatedChild, actor.username(), clock.instant(), today()),
                "enquiry: " + (kind == null ? null : kind.name()) + " on " + madeOn + (locatedChild ? ", found the child" : ""));
    }

    /** A school's notice of a suspension or permanent exclusion, with up to three DfE reason codes. */
    public record ExclusionNotice(ExclusionCategory category, LocalDate startDate, BigDecimal lengthInSchoolDays, List<String> reasonCodes,
                                  LocalDate notifiedOn, boolean missesPublicExam, boolean parentsMadeRepresentations,
                                  Exclusion.Circumstances circumstances) {

        public ExclusionNotice {
            circumstances = circumstances == null ? new Exclusion.Circumstances(null, null, false, false, false, null) : circumstances;
        }

        /** A notice with none of the further circumstances known (as schools' returns carry it). */
        public ExclusionNotice(ExclusionCategory category, LocalDate startDate, BigDecimal lengthInSchoolDays, List<String> reasonCodes,
                               LocalDate notifiedOn, boolean missesPublicExam, boolean parentsMadeRepresentations) {
            this(category, startDate, lengthInSchoolDays, reasonCodes, notifiedOn, missesPublicExam, parentsMadeRepresentations, null);
        }
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordExclusion(String reference, ExclusionNotice notice) {
        Exclusion exclusion = checkedExclusion(referenceData, notice, today());
        change(reference, aCase -> aCase.recordExclusion(exclusion, actor.username(), clock.instant()),
                "exclusion: " + notice.category().dfeCode() + " from " + notice.startDate() + ", "
                        + exclusion.lengthDescription() + ", reasons " + String.join(",", exclusion.reasonCodes()));
    }

    /**
     * The notice as an exclusion, every field checked before any is refused: the reasons against the reference
     * set, the length in whole or half days, and the exclusion's own rules.
     *
     * @throws org.pupilsupport.core.validation.InvalidCommandException naming the notice's fields at fault
     */
    static Exclusion checkedExclusion(ReferenceData referenceData, ExclusionNotice notice, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        List<String> reasons = problems.check("reasonCodes", () -> notice.reasonCodes() == null ? List.<String>of()
                : notice.reasonCodes().stream().filter(Objects::nonNull).filter(code -> !code.isBlank())
                        .map(code -> referenceData.requireCurrent(EXCLUSION_REASONS, code)).toList());
        Integer sessions = problems.check("lengthInSchoolDays", () -> sessionsOf(notice));
        // A reason or a length already refused is refused no more by the exclusion's own checks: its field keeps the first problem.
        Exclusion exclusion = problems.check(null, () -> new Exclusion(notice.category(), notice.startDate(), sessions,
                reasons == null ? List.of() : reasons, notice.notifiedOn(), notice.missesPublicExam(), notice.parentsMadeRepresentations(),
                notice.circumstances(), today));
        problems.throwIfAny();
        return exclusion;
    }

    static Integer sessionsOf(ExclusionNotice notice) {
        if (notice.category() != ExclusionCategory.SUSPENSION) {
            return null;
        }
        BigDecimal days = notice.lengthInSchoolDays();
        if (days == null) {
            return null;
        }
        BigDecimal sessions = days.multiply(BigDecimal.valueOf(2));
        if (sessions.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("A suspension is counted in whole or half school days, e.g. 2.5");
        }
        return sessions.intValueExact();
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordExclusionProvision(String reference, String description, LocalDate from, BigDecimal hoursPerWeek, BigDecimal fullTimeHoursPerWeek) {
        change(reference, aCase -> aCase.recordExclusionProvision(description, from, hoursPerWeek, fullTimeHoursPerWeek, actor.username(), clock.instant()),
                "education from the sixth day, from " + from + ", " + hoursPerWeek + " of " + fullTimeHoursPerWeek + " hours a week");
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordGovernorsDecision(String reference, LocalDate metOn, GoverningBoardDecision decision) {
        recordGovernorsDecision(reference, metOn, decision, null, false);
    }

    /**
     * @param noticeOn when the board sent the parents notice of its decision, if known
     * @param posted   whether by post: the notice is then given on the second working day after posting
     */
    @Requires(Permission.WORK_ON_CASES)
    public void recordGovernorsDecision(String reference, LocalDate metOn, GoverningBoardDecision decision, LocalDate noticeOn, boolean posted) {
        change(reference, aCase -> aCase.recordGovernorsDecision(metOn, decision, noticeOn, posted, actor.username(), clock.instant(), today()),
                "governing board on " + metOn + ": " + decision + (noticeOn == null ? "" : ", notice " + (posted ? "posted " : "given ") + noticeOn));
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordReviewPanel(String reference, LocalDate appliedOn, ReviewPanelDecision decision, LocalDate decidedOn) {
        recordReviewPanel(reference, appliedOn, decision, decidedOn, null, false);
    }

    /** @param noticeOn when the panel's decision was sent to the board, if known; {@code posted} as for the board's notice */
    @Requires(Permission.WORK_ON_CASES)
    public void recordReviewPanel(String reference, LocalDate appliedOn, ReviewPanelDecision decision, LocalDate decidedOn, LocalDate noticeOn,
                                  boolean posted) {
        change(reference, aCase -> aCase.recordReviewPanel(appliedOn, decision, decidedOn, noticeOn, posted, actor.username(), clock.instant(), today()),
                "review panel: applied " + appliedOn + ", decision " + decision + (noticeOn == null ? "" : ", sent to the board " + noticeOn));
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordReconsideration(String reference, LocalDate on, GoverningBoardDecision decision) {
        change(reference, aCase -> aCase.recordReconsideration(on, decision, actor.username(), clock.instant(), today()),
                "governing board reconsidered on " + on + ": " + decision);
    }

    /** @param daysServed school days (halves allowed) the pupil had spent out of school before the cancellation */
    @Requires(Permission.WORK_ON_CASES)
    public void cancelExclusion(String reference, LocalDate on, BigDecimal daysServed, String reason) {
        FieldProblems problems = new FieldProblems();
        Integer sessions = problems.check("sessionsServed", () -> daysServed == null ? null
                : sessionsOf(new ExclusionNotice(ExclusionCategory.SUSPENSION, null, daysServed, null, null, false, false)));
        problems.throwIfAny();
        change(reference, aCase -> aCase.cancelExclusion(on, sessions, reason, actor.username(), clock.instant(), today()),
                "exclusion cancelled by the head teacher on " + on + ", " + daysServed + " days served");
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordReducedTimetable(String reference, LocalDate notifiedOn, BigDecimal hoursPerWeek, BigDecimal fullTimeHoursPerWeek,
                                       LocalDate startDate, LocalDate plannedEndDate, String reason) {
        ReducedTimetable timetable = new ReducedTimetable(notifiedOn, hoursPerWeek, fullTimeHoursPerWeek, startDate, plannedEndDate, reason, today());
        change(reference, aCase -> aCase.recordReducedTimetable(timetable, actor.username(), clock.instant()),
                "reduced timetable: " + hoursPerWeek + " of " + fullTimeHoursPerWeek + " hours from " + startDate + " to " + plannedEndDate);
    }

    /** With the expected length of absence, when known: education is due as soon as 15 days or more are clear. */
    @Requires(Permission.WORK_ON_CASES)
    public void recordHealthNeeds(String reference, LocalDate firstDayMissed, int schoolDaysMissed, LocalDate countedOn,
                                  Integer expectedSchoolDaysMissed, LocalDate expectedClearOn) {
        HealthNeeds details = new HealthNeeds(firstDayMissed, schoolDaysMissed, countedOn, expectedSchoolDaysMissed, expectedClearOn, today());
        change(reference, aCase -> aCase.recordHealthNeeds(details, actor.username(), clock.instant()),
                "health needs: " + schoolDaysMissed + " school days missed by " + countedOn
                        + (expectedSchoolDaysMissed == null ? "" : ", " + expectedSchoolDaysMissed + " expected in all, clear since " + expectedClearOn));
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordHealthProvision(String reference, String provider, BigDecimal hoursPerWeek, LocalDate from) {
        change(reference, aCase -> aCase.recordHealthProvision(provider, hoursPerWeek, from, actor.username(), clock.instant()),
                "s19 education arranged from " + from);
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordInYearTransfer(String reference, LocalDate requestedOn, boolean fairAccess, LocalDate panelOn, Integer allocatedSchoolUrn,
                                     LocalDate placedOn) {
        recordInYearTransfer(reference, requestedOn, fairAccess, panelOn, allocatedSchoolUrn, placedOn, null);
    }

    /** @param outcomeWrittenOn when the parents of an ordinary in-year application were told its outcome in writing */
    @Requires(Permission.WORK_ON_CASES)
    public void recordInYearTransfer(String reference, LocalDate requestedOn, boolean fairAccess, LocalDate panelOn, Integer allocatedSchoolUrn,
                                     LocalDate placedOn, LocalDate outcomeWrittenOn) {
        if (allocatedSchoolUrn != null) {
            schools.require(allocatedSchoolUrn);
        }
        InYearTransfer details = new InYearTransfer(requestedOn, fairAccess, panelOn, allocatedSchoolUrn, placedOn, outcomeWrittenOn, today());
        change(reference, aCase -> aCase.recordInYearTransfer(details, actor.username(), clock.instant()),
                "in-year transfer: requested " + requestedOn + (fairAccess ? " under fair access" : "") + (placedOn == null ? "" : ", placed " + placedOn)
                        + (outcomeWrittenOn == null ? "" : ", outcome in writing " + outcomeWrittenOn));
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordManagedMove(String reference, Integer originSchoolUrn, Integer receivingSchoolUrn, LocalDate parentConsentOn,
                                  LocalDate receivingSchoolConsentOn, LocalDate startDate, LocalDate decisionDue, String plan) {
        requireSchools(originSchoolUrn, receivingSchoolUrn);
        ManagedMove move = new ManagedMove(originSchoolUrn, receivingSchoolUrn, parentConsentOn, receivingSchoolConsentOn, startDate, decisionDue,
                plan, today());
        change(reference, aCase -> aCase.recordManagedMove(move, actor.username(), clock.instant()),
                "managed move: " + originSchoolUrn + " to " + receivingSchoolUrn + ", consents " + parentConsentOn + "/" + receivingSchoolConsentOn
                        + ", start " + startDate);
    }

    /**
     * What the authority knows of a child's home education; see {@link HomeEducation}.
     *
     * @param s437PeriodDays the period the s437(1) notice gave the parent (at least 15 days)
     * @param s438NoticeOn   when the notice of intention to serve a school attendance order (s438(2)) was served
     */
    public record HomeEducationFacts(LocalDate noticeOn, boolean writtenNotice, BigDecimal hoursByParents, BigDecimal hoursByOthers,
                                     String otherProviders, Suitability suitability, LocalDate decidedOn, LocalDate s437NoticeOn,
                                     Integer s437PeriodDays, LocalDate s438NoticeOn, LocalDate attendanceOrderOn) {
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordHomeEducation(String reference, HomeEducationFacts facts) {
        HomeEducation details = new HomeEducation(facts.noticeOn(), facts.writtenNotice(), facts.hoursByParents(), facts.hoursByOthers(),
                facts.otherProviders(), facts.suitability(), facts.decidedOn(), facts.s437NoticeOn(), facts.s437PeriodDays(), facts.s438NoticeOn(),
                facts.attendanceOrderOn(), today());
        change(reference, aCase -> aCase.recordHomeEducation(details, actor.username(), clock.instant()),
                "home education: notice " + facts.noticeOn() + (facts.writtenNotice() ? " in writing" : " not in writing") + ", "
                        + details.suitability() + ", s437(1) " + facts.s437NoticeOn() + " giving " + facts.s437PeriodDays() + " days, s438(2) "
                        + facts.s438NoticeOn() + ", order " + facts.attendanceOrderOn());
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordAlternativeProvision(String reference, String provider, BigDecimal hoursPerWeek, LocalDate startDate, LocalDate endDate,
                                           String reason, Commissioner commissionedBy) {
        AlternativeProvision placement = new AlternativeProvision(provider, hoursPerWeek, startDate, endDate, reason, commissionedBy);
        change(reference, aCase -> aCase.recordAlternativeProvision(placement, actor.username(), clock.instant()),
                "alternative provision: " + hoursPerWeek + " hours from " + startDate + " to " + endDate);
    }

    @Requires(Permission.WORK_ON_CASES)
    public void recordConsultancyTopic(String reference, ConsultancyTopic topic) {
        change(reference, aCase -> aCase.recordConsultancyTopic(topic, actor.username(), clock.instant()), "consultancy topic " + topic);
    }

    @Requires(Permission.WORK_ON_CASES)
    public void addPlanAction(String reference, String description, String owner, LocalDate reviewBy) {
        change(reference, aCase -> aCase.addPlanAction(description, owner, reviewBy, actor.username(), clock.instant(), today()),
                "plan action added, review by " + reviewBy);
    }

    @Requires(Permission.WORK_ON_CASES)
    public void completePlanAction(String reference, String actionId) {
        change(reference, aCase -> aCase.completePlanAction(actionId, actor.username(), clock.instant(), today()), "plan action done");
    }

    /**
     * Attaches a file to a case, optionally to one of its contacts. The type is decided from the name and the
     * content together; the file is kept outside the web root.
     *
     * @throws IllegalArgumentException when the file is empty, too large, of a kind not accepted, or not what its name says
     */
    @Requires(Permission.WORK_ON_CASES)
    public CaseAttachment attach(String reference, String contactId, String fileName, byte[] content) {
        Case aCase = caseFor(reference, AuditAction.UPDATE);
        AttachmentType type = AttachmentType.of(fileName, content);
        if (contactId != null && aCase.contacts().stream().noneMatch(contact -> contact.id().equals(contactId))) {
            throw new IllegalArgumentException("That contact is not part of case " + aCase.reference());
        }
        if (aCase.status() == CaseStatus.CLOSED) {
            throw new IllegalArgumentException("Case " + aCase.reference() + " is closed: reopen it to change it");
        }
        CaseAttachment attachment = new CaseAttachment(aCase.number(), contactId, fileName, type, content.length, sha256(content),
                actor.username(), clock.instant());
        attachmentStore.write(borough(), attachment.id(), content);
        cases.add(attachment);
        aCase.note(clock.instant(), actor.username(), "file attached: " + attachment.fileName());
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, aCase.reference().toString(), AuditOutcome.SUCCESS)
                .withDetails("file attached: " + attachment.fileName() + " (" + type.name() + ", " + content.length + " bytes, sha256 "
                        + attachment.sha256() + ")"));
        return attachment;
    }

    @Requires(Permission.WORK_ON_CASES)
    public List<CaseAttachment> attachmentsOf(String reference) {
        Case aCase = caseFor(reference, AuditAction.VIEW);
        return cases.attachmentsOf(aCase.number());
    }

    /** An attachment's file; each download is audited. */
    @Requires(Permission.WORK_ON_CASES)
    public AttachmentDownload download(String reference, String attachmentId) {
        Case aCase = caseFor(reference, AuditAction.EXPORT);
        CaseAttachment attachment = cases.findAttachment(attachmentId).filter(found -> found.caseNumber().equals(aCase.number()))
                .orElseThrow(() -> {
                    audit.record(AuditEvent.about(AuditAction.EXPORT, SUBJECT, aCase.reference().toString(), AuditOutcome.NOT_FOUND)
                            .withDetails("attachment " + attachmentId));
                    return new CaseNotFoundException(aCase.reference() + " attachment " + attachmentId);
                });
        byte[] content = attachmentStore.read(borough(), attachment.id());
        audit.record(AuditEvent.about(AuditAction.EXPORT, SUBJECT, aCase.reference().toString(), AuditOutcome.SUCCESS)
                .withDetails("file downloaded: " + attachment.fileName() + " (attachment " + attachment.id() + ")"));
        return new AttachmentDownload(attachment.fileName(), attachment.type().contentType(), content);
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    // ---- helpers

    private void requireSchools(Integer... urns) {
        for (Integer urn : urns) {
            if (urn != null) {
                schools.require(urn);
            }
        }
    }

    /** Applies a change to a case the officer may work on, then brings its deadlines and tasks up to date and audits it. */
    private void change(String reference, Consumer<Case> change, String description) {
        Case aCase = caseFor(reference, AuditAction.UPDATE);
        change.accept(aCase);
        changed(aCase, description);
    }

    private void changed(Case aCase, String description) {
        refreshDeadlines(aCase);
        audit.record(AuditEvent.about(AuditAction.UPDATE, SUBJECT, aCase.reference().toString(), AuditOutcome.SUCCESS).withDetails(description));
    }

    private void refreshDeadlines(Case aCase) {
        deadlines.refresh(aCase);
    }

    /**
     * A case the acting officer may see and work on. A missing case is recorded as a not-found attempt,
     * one the officer has no need to know as a refused one.
     */
    private Case caseFor(String reference, AuditAction attempted) {
        Case found = findCase(reference, attempted);
        if (!mayWorkOn(found)) {
            audit.record(AuditEvent.about(attempted, SUBJECT, found.reference().toString(), AuditOutcome.REFUSED)
                    .withDetails("the child is not known to the officer and the case is not theirs"));
            throw new ReasonRequiredException(found.childId());
        }
        return found;
    }

    /**
     * A case the allocator may allocate: one awaiting allocation needs only the permission (its allocation
     * page shows identifying fields only); any other needs the need to know that working on it needs.
     */
    private Case caseToAllocate(String reference, AuditAction attempted) {
        Case found = findCase(reference, attempted);
        if (found.status() == CaseStatus.REFERRED) {
            return found;
        }
        return caseFor(reference, attempted);
    }

    private Case findCase(String reference, AuditAction attempted) {
        CaseReference parsed;
        try {
            parsed = CaseReference.parse(reference);
        } catch (IllegalArgumentException notAReference) {
            audit.record(AuditEvent.about(attempted, SUBJECT, String.valueOf(reference), AuditOutcome.NOT_FOUND));
            throw new CaseNotFoundException(String.valueOf(reference));
        }
        Case found = cases.find(parsed.number()).filter(aCase -> aCase.area() == parsed.area()).orElseThrow(() -> {
            audit.record(AuditEvent.about(attempted, SUBJECT, parsed.toString(), AuditOutcome.NOT_FOUND));
            return new CaseNotFoundException(parsed.toString());
        });
        // A case of a restricted child is read-only like the child's record: looking and downloading stay possible.
        if (attempted != AuditAction.VIEW && attempted != AuditAction.EXPORT && found.childId() != null
                && children.find(found.childId()).map(org.pupilsupport.core.children.Child::isRestricted).orElse(false)) {
            audit.record(AuditEvent.about(attempted, SUBJECT, found.reference().toString(), AuditOutcome.REFUSED)
                    .withDetails("the child's record is restricted"));
            throw new RecordRestrictedException();
        }
        return found;
    }

    private boolean mayWorkOn(Case aCase) {
        if (actor.isSystem() || aCase.childId() == null || actor.username().equals(aCase.allocatedOfficer())) {
            return true;
        }
        if (aCase.teamId() != null && cases.teamsOf(actor.username()).contains(aCase.teamId())) {
            return true;
        }
        return knowsChild(aCase.childId()) || knowsChild(survivorOf(aCase.childId()));
    }

    /** The record a merged duplicate now lives in, or the child itself: a merge brings the duplicate's cases along. */
    private String survivorOf(String childId) {
        return children.find(childId).map(org.pupilsupport.core.children.Child::mergedIntoId).orElse(childId);
    }

    private boolean knowsChild(String childId) {
        return actor.isSystem() || children.isKnownTo(childId, actor.username(), clock.instant());
    }

    private void requireKnownChild(String childId) {
        if (children.find(childId).isEmpty()) {
            throw new ChildNotFoundException(childId);
        }
        if (!knowsChild(childId)) {
            throw new ReasonRequiredException(childId);
        }
    }

    private Map<String, String> namesOfKnownChildren(List<Case> found) {
        Set<String> ids = new HashSet<>();
        found.stream().map(Case::childId).filter(Objects::nonNull).forEach(ids::add);
        Set<String> known = actor.isSystem() ? ids : children.knownAmong(ids, actor.username(), clock.instant());
        return cases.childNames(known);
    }

    private static List<CaseSummary> summaries(List<Case> found, Map<String, String> names) {
        return found.stream().map(aCase -> CaseSummary.of(aCase, names.get(aCase.childId()))).toList();
    }

    private TenantId borough() {
        return actingBorough.require();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.ENGLAND));
    }
}
