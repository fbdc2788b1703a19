package org.pupilsupport.core.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.tenancy.TenantScopedEntity;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * One piece of the service's work: a child in one service area (or, for consultancy, a school), from the
 * notification or referral that started it to the outcome that closed it. The aggregate root of casework.
 *
 * <p>Life: a notification arrives as {@link CaseStatus#REFERRED} and waits for allocation; allocating an
 * officer opens it; it closes only with an outcome that fits its area and its recorded facts (a child cannot
 * be closed as untraced before the DfE lost-pupil area was used); a closed case can be reopened, with a
 * reason. A closed case cannot be changed.
 *
 * <p>The area's facts drive its deadlines, counted in school days on the borough's calendar; each deadline
 * still to meet is a {@link CaseTask} for the allocated officer, kept in step by {@link #reconcileTasks}.
 * Statutory limits live in the area classes; borough protocols come in as a {@link CaseProtocol}.
 */
@Entity(name = "CaseFile") // "Case" is a reserved word in JPQL and SQL
@Table(name = "CASE_FILE")
public class Case extends TenantScopedEntity {

    static final int LONGEST_SUMMARY = 2000;
    static final int LONGEST_OUTCOME_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseNumbers")
    @SequenceGenerator(name = "caseNumbers", sequenceName = "CASE_NUMBER_SEQ", allocationSize = 1)
    @Column(name = "CASE_NUMBER")
    private Long number;

    @Enumerated(EnumType.STRING)
    @Column(name = "AREA", nullable = false, length = 30)
    private ServiceArea area;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private CaseStatus status;

    /** The child the case is about; null only for school consultancy. */
    @Column(name = "CHILD_ID", length = 36)
    private String childId;

    /** The school concerned (the excluding school, the one that notified...); the subject of a consultancy. */
    @Column(name = "SCHOOL_URN")
    private Integer schoolUrn;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 30)
    private CaseSource source;

    @Column(name = "REFERRED_ON", nullable = false)
    private LocalDate referredOn;

    @Column(name = "SUMMARY", nullable = false, length = LONGEST_SUMMARY)
    private String summary;

    @Column(name = "ALLOCATED_OFFICER", length = 64)
    private String allocatedOfficer;

    @Column(name = "TEAM_ID", length = 36)
    private String teamId;

    @Column(name = "OPENED_ON")
    private LocalDate openedOn;

    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 40)
    private CaseOutcome outcome;

    @Column(name = "OUTCOME_NOTE", length = LONGEST_OUTCOME_NOTE)
    private String outcomeNote;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    @Embedded
    private MissingEducation missingEducation;

    @Embedded
    private Exclusion exclusion;

    @Embedded
    private ReducedTimetable reducedTimetable;

    @Embedded
    private HealthNeeds healthNeeds;

    @Embedded
    private InYearTransfer inYearTransfer;

    @Embedded
    private ManagedMove managedMove;

    @Embedded
    private HomeEducation homeEducation;

    @Embedded
    private AlternativeProvision alternativeProvision;

    /** School consultancy only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "SCO_TOPIC", length = 20)
    private ConsultancyTopic consultancyTopic;

    /** A support plan's actions (at risk of exclusion) or the follow-ups agreed with a school (consultancy). */
    @ElementCollection
    @CollectionTable(name = "CASE_PLAN_ACTION", joinColumns = @JoinColumn(name = "CASE_NUMBER"))
    @OrderBy("reviewBy")
    private List<PlanAction> planActions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CASE_ENQUIRY", joinColumns = @JoinColumn(name = "CASE_NUMBER"))
    @OrderBy("madeOn")
    private List<Enquiry> enquiries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CASE_REVIEW", joinColumns = @JoinColumn(name = "CASE_NUMBER"))
    @OrderBy("heldOn")
    private List<CaseReview> reviews = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CASE_EVENT", joinColumns = @JoinColumn(name = "CASE_NUMBER"))
    @OrderBy("happenedAt")
    private List<CaseEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn")
    private List<CaseTask> tasks = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL)
    @OrderBy("happenedAt DESC")
    private List<CaseContact> contacts = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Case() {
        // for JPA
    }

    private Case(ServiceArea area, String childId, Integer schoolUrn, CaseSource source, LocalDate referredOn, String summary, String by,
                 Instant now, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        this.area = problems.check("area", () -> Text.present(area, "Choose the service area"));
        this.childId = childId;
        this.schoolUrn = schoolUrn;
        this.source = problems.check("source", () -> Text.present(source, "Choose how the case came to the service"));
        this.referredOn = problems.check("referredOn", () -> {
            Text.present(referredOn, "Enter the date of the notification or referral");
            if (referredOn.isAfter(today)) {
                throw new IllegalArgumentException("A notification or referral cannot be dated in the future");
            }
            return referredOn;
        });
        this.summary = problems.check("summary", () -> Text.required(summary, "what the notification or referral says", LONGEST_SUMMARY));
        problems.throwIfAny();
        this.status = CaseStatus.REFERRED;
        this.createdAt = now;
        this.createdBy = by;
        note(now, by, "case recorded: " + area.label() + ", from " + source.label().toLowerCase(java.util.Locale.ROOT) + " of " + referredOn);
    }

    /** A child's case, awaiting allocation. */
    public static Case forChild(ServiceArea area, String childId, Integer schoolUrn, CaseSource source, LocalDate referredOn, String summary,
                                String by, Instant now, LocalDate today) {
        if (area != null && area.aboutASchool()) {
            throw new IllegalArgumentException(area.label() + " is recorded against a school, not a child");
        }
        return new Case(area, Text.present(childId, "Choose the child"), schoolUrn, source, referredOn, summary, by, now, today);
    }

    /** Consultancy for a school, awaiting allocation. */
    public static Case forSchool(int schoolUrn, CaseSource source, LocalDate referredOn, String summary, String by, Instant now, LocalDate today) {
        return new Case(ServiceArea.SCHOOL_CONSULTANCY, null, schoolUrn, source, referredOn, summary, by, now, today);
    }

    // ---- lifecycle

    /** Gives the case to an officer (and team); a referred case opens. Open tasks follow the officer. */
    public void allocate(String officer, String team, String by, Instant now, LocalDate today) {
        requireNotClosed();
        this.allocatedOfficer = Text.required(officer, "the officer to allocate", 64);
        this.teamId = team;
        if (status == CaseStatus.REFERRED) {
            status = CaseStatus.OPEN;
            openedOn = today;
        }
        tasks.stream().filter(task -> !task.done()).forEach(task -> task.assignTo(officer));
        note(now, by, "allocated to " + officer);
    }

    /**
     * Closes the case. A referral may be closed without allocation only as needing no further action.
     *
     * @throws IllegalArgumentException when the outcome does not fit the area or the facts recorded
     */
    public void close(CaseOutcome outcome, String note, String by, Instant now, LocalDate today) {
        requireNotClosed();
        Text.present(outcome, "Choose the outcome");
        if (!outcome.appliesTo(area)) {
            throw new IllegalArgumentException("\"" + outcome.label() + "\" is not an outcome of a " + area.label().toLowerCase(java.util.Locale.ROOT) + " case");
        }
        if (status == CaseStatus.REFERRED && outcome != CaseOutcome.NO_FURTHER_ACTION) {
            throw new IllegalArgumentException("Allocate the case before closing it with an outcome other than no further action");
        }
        String problem = closingProblem(outcome, today);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String checkedNote = Text.optional(note, "the closing note", LONGEST_OUTCOME_NOTE);
        this.status = CaseStatus.CLOSED;
        this.outcome = outcome;
        this.outcomeNote = checkedNote;
        this.closedOn = today;
        tasks.stream().filter(task -> !task.done()).forEach(task -> task.completeWithTheCase(today, by));
        note(now, by, "closed: " + outcome.label() + (checkedNote == null ? "" : " (" + checkedNote + ")"));
    }

    /** Reopens a closed case, for a reason that goes into its history. Deadlines are worked out again. */
    public void reopen(String reason, String by, Instant now) {
        if (status != CaseStatus.CLOSED) {
            throw new IllegalArgumentException("Only a closed case can be reopened");
        }
        String checkedReason = Text.required(reason, "why the case is reopened", 500);
        this.status = CaseStatus.REOPENED;
        note(now, by, "reopened after closing as \"" + outcome.label() + "\": " + checkedReason);
        this.outcome = null;
        this.outcomeNote = null;
        this.closedOn = null;
    }

    private String closingProblem(CaseOutcome wanted, LocalDate today) {
        if ((area == ServiceArea.AT_RISK_OF_EXCLUSION || area == ServiceArea.SCHOOL_CONSULTANCY)
                && (wanted == CaseOutcome.RISK_REDUCED || wanted == CaseOutcome.ADVICE_COMPLETED) && planActions.stream().anyMatch(action -> !action.done())) {
            return "Every action of the plan must be done before closing as \"" + wanted.label() + "\"";
        }
        // With no details recorded yet, an outcome's conditions are checked against empty details, so closing as
        // untraced, upheld or placed still needs the facts that outcome rests on.
        return switch (area) {
            case MISSING_EDUCATION -> orEmpty(missingEducation, MissingEducation::new).closingProblem(wanted, enquiries);
            case SUSPENSION_OR_EXCLUSION -> orEmpty(exclusion, Exclusion::new).closingProblem(wanted);
            case HEALTH_NEEDS -> orEmpty(healthNeeds, HealthNeeds::new).closingProblem(wanted);
            case IN_YEAR_TRANSFER -> orEmpty(inYearTransfer, InYearTransfer::new).closingProblem(wanted);
            case MANAGED_MOVE -> orEmpty(managedMove, ManagedMove::new).closingProblem(wanted);
            case ELECTIVE_HOME_EDUCATION -> orEmpty(homeEducation, HomeEducation::new).closingProblem(wanted);
            case ALTERNATIVE_PROVISION -> orEmpty(alternativeProvision, AlternativeProvision::new).closingProblem(wanted, today);
            default -> null;
        };
    }

    // ---- the area's facts

    public void recordMissingEducation(MissingEducation details, String by, Instant now) {
        requireChangeable(ServiceArea.MISSING_EDUCATION);
        this.missingEducation = details;
        note(now, by, "missing-education details recorded: ground " + orNone(details.deletionGround()) + ", first day absent "
                + orNone(details.firstDayAbsent()) + ", destination authority " + orNone(details.destinationLaCode())
                + ", absence recorded with " + (details.absenceRecording() == null ? "codes not yet known" : details.absenceRecording().label())
                + ", school's view of illness or unavoidable cause: " + (details.schoolBelief() == null ? "not yet known" : details.schoolBelief().label()));
    }

    public void addEnquiry(EnquiryKind kind, LocalDate madeOn, String result, String by, Instant now, LocalDate today) {
        addEnquiry(kind, madeOn, result, false, by, now, today);
    }

    /** @param locatedChild whether the enquiry found where the child is (which rules out a ground (i) deletion) */
    public void addEnquiry(EnquiryKind kind, LocalDate madeOn, String result, boolean locatedChild, String by, Instant now, LocalDate today) {
        requireChangeable(ServiceArea.MISSING_EDUCATION);
        FieldProblems problems = new FieldProblems();
        if (madeOn != null && madeOn.isAfter(today)) {
            problems.add("madeOn", "Record an enquiry once it has been made");
        }
        Enquiry enquiry = problems.check(null, () -> new Enquiry(kind, madeOn, result, locatedChild, by));
        problems.throwIfAny();
        enquiries.add(enquiry);
        note(now, by, "enquiry recorded: " + kind.label() + " on " + madeOn + (locatedChild ? ", found the child" : ""));
    }

    public void recordExclusion(Exclusion notification, String by, Instant now) {
        requireChangeable(ServiceArea.SUSPENSION_OR_EXCLUSION);
        notification.keepFollowUpsOf(exclusion);
        this.exclusion = notification;
        note(now, by, notification.category().label() + " recorded: from " + notification.startDate() + ", " + notification.lengthDescription()
                + ", reasons " + String.join(", ", notification.reasonCodes()));
    }

    public void recordExclusionProvision(String description, LocalDate from, BigDecimal hoursPerWeek, BigDecimal fullTimeHours, String by, Instant now) {
        requireExclusion().recordProvision(description, from, hoursPerWeek, fullTimeHours);
        note(now, by, "education from the sixth day recorded, from " + from);
    }

    public void recordGovernorsDecision(LocalDate metOn, GoverningBoardDecision decision, String by, Instant now, LocalDate today) {
        recordGovernorsDecision(metOn, decision, null, false, by, now, today);
    }

    public void recordGovernorsDecision(LocalDate metOn, GoverningBoardDecision decision, LocalDate noticeOn, boolean posted, String by, Instant now,
                                        LocalDate today) {
        requireExclusion().recordGovernorsDecision(metOn, decision, noticeOn, posted, today);
        note(now, by, "governing board met on " + metOn + ": " + decision.label());
    }

    public void recordReviewPanel(LocalDate appliedOn, ReviewPanelDecision decision, LocalDate decidedOn, String by, Instant now, LocalDate today) {
        recordReviewPanel(appliedOn, decision, decidedOn, null, false, by, now, today);
    }

    public void recordReviewPanel(LocalDate appliedOn, ReviewPanelDecision decision, LocalDate decidedOn, LocalDate noticeOn, boolean posted,
                                  String by, Instant now, LocalDate today) {
        requireExclusion().recordReviewPanel(appliedOn, decision, decidedOn, noticeOn, posted, today);
        note(now, by, "review panel: applied " + appliedOn + (decision == null ? "" : "; " + decision.label() + " on " + decidedOn));
    }

    public void recordReconsideration(LocalDate on, GoverningBoardDecision decision, String by, Instant now, LocalDate today) {
        requireExclusion().recordReconsideration(on, decision, today);
        note(now, by, "governing board reconsidered on " + on + ": " + decision.label());
    }

    public void cancelExclusion(LocalDate on, Integer sessionsServed, String reason, String by, Instant now, LocalDate today) {
        requireExclusion().cancel(on, sessionsServed, reason, today);
        note(now, by, "the head teacher cancelled the exclusion on " + on + ": " + reason);
    }

    public void recordReducedTimetable(ReducedTimetable notification, String by, Instant now) {
        requireChangeable(ServiceArea.REDUCED_TIMETABLE);
        this.reducedTimetable = notification;
        note(now, by, "reduced timetable recorded: " + notification.hoursPerWeek().toPlainString() + " of "
                + notification.fullTimeHoursPerWeek().toPlainString() + " hours a week from " + notification.startDate() + " to "
                + notification.plannedEndDate());
    }

    public void recordHealthNeeds(HealthNeeds details, String by, Instant now) {
        requireChangeable(ServiceArea.HEALTH_NEEDS);
        details.keepProvisionOf(healthNeeds);
        this.healthNeeds = details;
        note(now, by, "health needs recorded: " + details.schoolDaysMissed() + " school days missed by " + details.countedOn()
                + (details.expectedSchoolDaysMissed() == null ? "" : "; " + details.expectedSchoolDaysMissed()
                + " expected in all, clear since " + details.expectedClearOn()));
    }

    public void recordHealthProvision(String provider, BigDecimal hoursPerWeek, LocalDate from, String by, Instant now) {
        requireChangeable(ServiceArea.HEALTH_NEEDS);
        if (healthNeeds == null) {
            throw new IllegalArgumentException("Record the days missed before the education arranged");
        }
        healthNeeds.recordProvision(provider, hoursPerWeek, from);
        note(now, by, "s19 education arranged: " + hoursPerWeek.toPlainString() + " hours a week from " + from);
    }

    public void recordInYearTransfer(InYearTransfer details, String by, Instant now) {
        requireChangeable(ServiceArea.IN_YEAR_TRANSFER);
        this.inYearTransfer = details;
        note(now, by, "in-year transfer recorded: requested " + details.requestedOn() + (details.fairAccess() ? ", fair access" : "")
                + (details.placedOn() == null ? "" : ", placed on " + details.placedOn()));
    }

    public void recordManagedMove(ManagedMove details, String by, Instant now) {
        requireChangeable(ServiceArea.MANAGED_MOVE);
        this.managedMove = details;
        note(now, by, "managed move recorded: from school " + details.originSchoolUrn() + " to " + details.receivingSchoolUrn()
                + (details.startDate() == null ? ", not started" : ", started " + details.startDate()));
    }

    public void recordHomeEducation(HomeEducation details, String by, Instant now) {
        requireChangeable(ServiceArea.ELECTIVE_HOME_EDUCATION);
        this.homeEducation = details;
        note(now, by, "home education recorded: notice of " + details.noticeOn() + ", " + details.suitability().label().toLowerCase(java.util.Locale.ROOT)
                + (details.s437NoticeOn() == null ? "" : ", s437(1) notice " + details.s437NoticeOn())
                + (details.attendanceOrderOn() == null ? "" : ", school attendance order " + details.attendanceOrderOn()));
    }

    public void recordAlternativeProvision(AlternativeProvision details, String by, Instant now) {
        requireChangeable(ServiceArea.ALTERNATIVE_PROVISION);
        this.alternativeProvision = details;
        note(now, by, "alternative provision recorded: " + details.provider() + ", " + details.hoursPerWeek().toPlainString() + " hours a week from "
                + details.startDate() + " to " + details.endDate());
    }

    public void recordConsultancyTopic(ConsultancyTopic topic, String by, Instant now) {
        requireChangeable(ServiceArea.SCHOOL_CONSULTANCY);
        FieldProblems problems = new FieldProblems();
        problems.check("topic", () -> Text.present(topic, "Choose the topic of the advice"));
        problems.throwIfAny();
        this.consultancyTopic = topic;
        note(now, by, "consultancy topic: " + topic.label());
    }

    /** An action of the support plan, or a follow-up agreed with a school. */
    public PlanAction addPlanAction(String description, String owner, LocalDate reviewBy, String by, Instant now, LocalDate today) {
        requireNotClosed();
        if (area != ServiceArea.AT_RISK_OF_EXCLUSION && area != ServiceArea.SCHOOL_CONSULTANCY) {
            throw new IllegalArgumentException("Plans of actions belong to at-risk-of-exclusion and consultancy cases");
        }
        PlanAction action = new PlanAction(description, owner, reviewBy, today);
        planActions.add(action);
        note(now, by, "plan action added: " + action.description() + " (" + action.owner() + ", review by " + reviewBy + ")");
        return action;
    }

    public void completePlanAction(String actionId, String by, Instant now, LocalDate today) {
        requireNotClosed();
        PlanAction action = planActions.stream().filter(candidate -> candidate.actionId().equals(actionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That action is not part of this case's plan"));
        action.markDone(today);
        note(now, by, "plan action done: " + action.description());
    }

    /** A formal review; any area may hold them, reduced timetables must. */
    public void addReview(LocalDate heldOn, String note, String by, Instant now, LocalDate today) {
        requireNotClosed();
        reviews.add(new CaseReview(heldOn, note, by, today));
        note(now, by, "review held on " + heldOn);
    }

    public CaseContact addContact(LocalDateTime happenedAt, ContactChannel channel, String people, String summary, String by, Instant now,
                                  LocalDateTime localNow) {
        requireNotClosed();
        CaseContact contact = new CaseContact(this, happenedAt, channel, people, summary, by, now, localNow);
        contacts.add(contact);
        note(now, by, channel.label().toLowerCase(java.util.Locale.ROOT) + " contact recorded for " + happenedAt);
        return contact;
    }

    // ---- deadlines and tasks

    /** The deadlines still to meet, from the area's facts. A closed case has none. */
    public List<Deadline> deadlines(SchoolDays schoolDays, CaseProtocol protocol, SuspensionTotals suspensions) {
        if (status == CaseStatus.CLOSED) {
            return List.of();
        }
        return switch (area) {
            case MISSING_EDUCATION -> orEmpty(missingEducation, MissingEducation::new).deadlines(schoolDays, referredOn, enquiries);
            case SUSPENSION_OR_EXCLUSION -> exclusion == null ? List.of() : exclusion.deadlines(schoolDays, suspensions);
            case REDUCED_TIMETABLE -> reducedTimetable == null ? List.of() : reducedTimetable.deadlines(schoolDays, protocol, reviews);
            case HEALTH_NEEDS -> healthNeeds == null ? List.of() : healthNeeds.deadlines(schoolDays);
            case IN_YEAR_TRANSFER -> inYearTransfer == null ? List.of() : inYearTransfer.deadlines(schoolDays);
            case MANAGED_MOVE -> managedMove == null ? List.of() : managedMove.deadlines();
            case ELECTIVE_HOME_EDUCATION -> homeEducation == null ? List.of() : homeEducation.deadlines(schoolDays, protocol, contactedSince(homeEducation.noticeOn()));
            case ALTERNATIVE_PROVISION -> alternativeProvision == null ? List.of() : alternativeProvision.deadlines();
            case AT_RISK_OF_EXCLUSION, SCHOOL_CONSULTANCY -> planActions.stream().filter(action -> !action.done())
                    .map(action -> new Deadline(DeadlineKind.SUPPORT_PLAN_REVIEW, DeadlineKind.SUPPORT_PLAN_REVIEW.name() + ":" + action.actionId(),
                            action.description() + " (" + action.owner() + ")",
                            new org.pupilsupport.core.calendar.SchoolDayDate(action.reviewBy(), "date set in the plan", null)))
                    .toList();
        };
    }

    /**
     * Brings the tasks in step with the deadlines: a new deadline becomes a task for the allocated officer, a
     * moved one moves its task, and an open task whose deadline is no longer due (the fact that meets it was
     * recorded) is done by the case. A task already done is never raised again for the same deadline.
     */
    public void reconcileTasks(List<Deadline> due, String by, LocalDate today) {
        Map<String, Deadline> byKey = new HashMap<>();
        due.forEach(deadline -> byKey.put(deadline.key(), deadline));
        for (CaseTask task : tasks) {
            if (task.done()) {
                // Done by closing the case, a deadline still due after reopening is raised again as a new task.
                if (!task.closedWithTheCase()) {
                    byKey.remove(task.deadlineKey());
                }
                continue;
            }
            Deadline deadline = byKey.remove(task.deadlineKey());
            if (deadline == null) {
                task.metByTheRecord(today, by);
            } else {
                task.reschedule(deadline);
            }
        }
        byKey.values().forEach(deadline -> tasks.add(new CaseTask(this, deadline, allocatedOfficer)));
    }

    /** @throws IllegalArgumentException if the task is not this case's or is already done */
    public CaseTask completeTask(String taskId, String note, String by, Instant now, LocalDate today) {
        requireNotClosed();
        CaseTask task = tasks.stream().filter(candidate -> candidate.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That task is not part of " + describe().toLowerCase(java.util.Locale.ROOT)));
        FieldProblems problems = new FieldProblems();
        problems.check("taskNote", () -> task.complete(today, by, note));
        problems.throwIfAny();
        note(now, by, "task done: " + task.kind().label() + " (due " + task.dueOn() + ")"
                + (task.kind().statutory() ? ", marked by hand: " + task.doneNote() : ""));
        return task;
    }

    /**
     * Takes back "Done" on a task pressed by mistake. Only the officer who marked it done may, and the case's
     * history keeps both the completion and its undoing.
     *
     * @throws IllegalArgumentException if the task is not this case's, is not done, or was done by someone else
     */
    public CaseTask undoTaskCompletion(String taskId, String by, Instant now) {
        requireNotClosed();
        CaseTask task = tasks.stream().filter(candidate -> candidate.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That task is not part of " + describe().toLowerCase(java.util.Locale.ROOT)));
        task.undoCompletion(by);
        note(now, by, "task done undone: " + task.kind().label() + " (due " + task.dueOn() + ") is open again");
        return task;
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static <T> T orEmpty(T details, java.util.function.Supplier<T> empty) {
        return details == null ? empty.get() : details;
    }

    private boolean contactedSince(LocalDate date) {
        return contacts.stream().anyMatch(contact -> !contact.happenedAt().toLocalDate().isBefore(date));
    }

    // ---- guards and history

    private void requireNotClosed() {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalArgumentException(describe() + " is closed: reopen it to change it");
        }
    }

    private void requireChangeable(ServiceArea expected) {
        requireNotClosed();
        if (area != expected) {
            throw new IllegalArgumentException(describe() + " is " + withArticle(area.label().toLowerCase(java.util.Locale.ROOT))
                    + " case, not " + expected.label().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private Exclusion requireExclusion() {
        requireChangeable(ServiceArea.SUSPENSION_OR_EXCLUSION);
        if (exclusion == null) {
            throw new IllegalArgumentException("Record the school's notification of the exclusion first");
        }
        return exclusion;
    }

    /** "Case CME-000042" for messages; "This case" before it is saved and numbered. */
    private String describe() {
        return number == null ? "This case" : "Case " + reference();
    }

    void note(Instant when, String by, String description) {
        history.add(new CaseEvent(when, by, description));
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }

    /** Loads the collections while the transaction is open, for a page that shows the whole case. */
    public void loadWholeCase() {
        enquiries.size();
        reviews.size();
        history.size();
        tasks.size();
        contacts.size();
        planActions.size();
    }

    // ---- reading

    public CaseReference reference() {
        return new CaseReference(area, number == null ? 0 : number);
    }

    public Long number() {
        return number;
    }

    public ServiceArea area() {
        return area;
    }

    public CaseStatus status() {
        return status;
    }

    public String childId() {
        return childId;
    }

    public Integer schoolUrn() {
        return schoolUrn;
    }

    public CaseSource source() {
        return source;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public String summary() {
        return summary;
    }

    public String allocatedOfficer() {
        return allocatedOfficer;
    }

    public String teamId() {
        return teamId;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public MissingEducation missingEducation() {
        return missingEducation;
    }

    public Exclusion exclusion() {
        return exclusion;
    }

    public ReducedTimetable reducedTimetable() {
        return reducedTimetable;
    }

    public HealthNeeds healthNeeds() {
        return healthNeeds;
    }

    public InYearTransfer inYearTransfer() {
        return inYearTransfer;
    }

    public ManagedMove managedMove() {
        return managedMove;
    }

    public HomeEducation homeEducation() {
        return homeEducation;
    }

    public AlternativeProvision alternativeProvision() {
        return alternativeProvision;
    }

    public ConsultancyTopic consultancyTopic() {
        return consultancyTopic;
    }

    public List<PlanAction> planActions() {
        return Collections.unmodifiableList(planActions);
    }

    public List<Enquiry> enquiries() {
        return Collections.unmodifiableList(enquiries);
    }

    public List<CaseReview> reviews() {
        return Collections.unmodifiableList(reviews);
    }

    public List<CaseEvent> history() {
        return Collections.unmodifiableList(history);
    }

    public List<CaseTask> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    public List<CaseContact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Case that && number != null && Objects.equals(number, that.number);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }
}
