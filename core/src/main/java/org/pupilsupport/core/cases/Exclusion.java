package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A suspension or permanent exclusion as the school notified it, and what followed (School Discipline
 * (Pupil Exclusions and Reviews) (England) Regulations 2012 and the DfE's suspension and permanent exclusion
 * guidance):
 * <ul>
 * <li>from the sixth school day the pupil must have full-time education: arranged by the school for a
 * suspension, by the local authority for a permanent exclusion;</li>
 * <li>the governing board must consider reinstatement within 15 school days of the notice for a permanent
 * exclusion, for suspensions totalling more than 15 school days in a term, or when a public examination is
 * missed; for 5 to 15 days in a term, if the parents make representations, within 50 school days;</li>
 * <li>parents may apply for an independent review panel within 15 school days of the board's decision to
 * uphold a permanent exclusion.</li>
 * </ul>
 * Lengths are in sessions (half days), as schools report them.
 */
@Embeddable
public class Exclusion {

    public static final int SIXTH_SCHOOL_DAY = 6;
    public static final int GOVERNORS_SCHOOL_DAYS = 15;
    public static final int GOVERNORS_SCHOOL_DAYS_ON_REPRESENTATIONS = 50;
    public static final int REVIEW_APPLICATION_SCHOOL_DAYS = 15;
    /** More than this many school days of suspension in a term makes the governors' meeting compulsory. */
    public static final int TERM_DAYS_FOR_COMPULSORY_MEETING = 15;
    /** More than this many, up to the compulsory level, lets parents' representations call a meeting. */
    public static final int TERM_DAYS_FOR_REPRESENTATIONS = 5;
    public static final int MOST_REASONS = 3;
    static final int LONGEST_PROVISION = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXC_CATEGORY", length = 20)
    private ExclusionCategory category;

    @Column(name = "EXC_START")
    private LocalDate startDate;

    /** Suspensions only: the length in sessions; null for a permanent exclusion. */
    @Column(name = "EXC_SESSIONS")
    private Integer sessions;

    /** Codes of the reference set {@code exclusion-reason}; the first is the main reason. */
    @Column(name = "EXC_REASON_1", length = 4)
    private String reason1;

    @Column(name = "EXC_REASON_2", length = 4)
    private String reason2;

    @Column(name = "EXC_REASON_3", length = 4)
    private String reason3;

    /** When the school's notice reached the authority; governors' deadlines count from it. */
    @Column(name = "EXC_NOTIFIED_ON")
    private LocalDate notifiedOn;

    @Column(name = "EXC_MISSES_PUBLIC_EXAM")
    private Boolean missesPublicExam;

    @Column(name = "EXC_REPRESENTATIONS")
    private Boolean parentsMadeRepresentations;

    @Column(name = "EXC_PROVISION", length = LONGEST_PROVISION)
    private String provision;

    @Column(name = "EXC_PROVISION_FROM")
    private LocalDate provisionFrom;

    @Column(name = "EXC_GOVERNORS_MET_ON")
    private LocalDate governorsMetOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXC_GOVERNORS_DECISION", length = 20)
    private GoverningBoardDecision governorsDecision;

    @Column(name = "EXC_REVIEW_APPLIED_ON")
    private LocalDate reviewAppliedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXC_REVIEW_DECISION", length = 40)
    private ReviewPanelDecision reviewDecision;

    @Column(name = "EXC_REVIEW_DECIDED_ON")
    private LocalDate reviewDecidedOn;

    protected Exclusion() {
        // for JPA
    }

    /**
     * The school's notification. Every field is checked before any is refused; problems are named after the
     * fields of {@link Casework.ExclusionNotice}, what the officer typed.
     *
     * @param sessions    length in sessions (half days) for a suspension; ignored for a permanent exclusion
     * @param reasonCodes one to three codes, already checked against the reference set
     * @throws IllegalArgumentException with an officer-readable message
     */
    public Exclusion(ExclusionCategory category, LocalDate startDate, Integer sessions, List<String> reasonCodes, LocalDate notifiedOn,
                     boolean missesPublicExam, boolean parentsMadeRepresentations, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.check("category", () -> Text.present(category, "Choose suspension or permanent exclusion"));
        problems.check("startDate", () -> Text.present(startDate, "Enter the first day of the exclusion"));
        problems.check("lengthInSchoolDays", () -> {
            if (category != ExclusionCategory.SUSPENSION) {
                return;
            }
            if (sessions == null || sessions < 1) {
                throw new IllegalArgumentException("Enter the length of the suspension in school days (half days allowed)");
            }
            if (sessions > SuspensionAllowance.YEARLY_LIMIT_DAYS * 2) {
                throw new IllegalArgumentException("A single suspension cannot be longer than " + SuspensionAllowance.YEARLY_LIMIT_DAYS
                        + " school days; the school should have excluded permanently or shortened it");
            }
        });
        List<String> reasons = problems.check("reasonCodes", () -> {
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(reasonCodes == null ? List.of()
                    : reasonCodes.stream().filter(Objects::nonNull).filter(code -> !code.isBlank()).toList()));
            if (distinct.isEmpty()) {
                throw new IllegalArgumentException("Enter at least one reason for the exclusion");
            }
            if (distinct.size() > MOST_REASONS) {
                throw new IllegalArgumentException("A school reports at most " + MOST_REASONS + " reasons for one exclusion");
            }
            return distinct;
        });
        problems.check("notifiedOn", () -> {
            Text.present(notifiedOn, "Enter the date the school's notice reached the authority");
            if (notifiedOn.isAfter(today)) {
                throw new IllegalArgumentException("The notice cannot have arrived in the future");
            }
        });
        problems.throwIfAny();
        this.category = category;
        this.startDate = startDate;
        this.notifiedOn = notifiedOn;
        this.sessions = category == ExclusionCategory.SUSPENSION ? sessions : null;
        this.reason1 = reasons.get(0);
        this.reason2 = reasons.size() > 1 ? reasons.get(1) : null;
        this.reason3 = reasons.size() > 2 ? reasons.get(2) : null;
        this.missesPublicExam = missesPublicExam;
        this.parentsMadeRepresentations = parentsMadeRepresentations;
    }

    /** Records the education arranged from the sixth school day. */
    void recordProvision(String description, LocalDate from) {
        FieldProblems problems = new FieldProblems();
        String checkedDescription = problems.check("description", () -> Text.required(description, "the education arranged", LONGEST_PROVISION));
        problems.check("from", () -> Text.present(from, "Enter the date the education starts"));
        problems.throwIfAny();
        this.provision = checkedDescription;
        this.provisionFrom = from;
    }

    void recordGovernorsDecision(LocalDate metOn, GoverningBoardDecision decision, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.check("metOn", () -> {
            Text.present(metOn, "Enter the date the governing board met");
            if (metOn.isAfter(today)) {
                throw new IllegalArgumentException("Record the board's decision once it has met");
            }
            if (metOn.isBefore(startDate)) {
                throw new IllegalArgumentException("The board cannot have met before the exclusion started");
            }
        });
        problems.check("decision", () -> Text.present(decision, "Choose what the governing board decided"));
        problems.throwIfAny();
        this.governorsMetOn = metOn;
        this.governorsDecision = decision;
    }

    void recordReviewPanel(LocalDate appliedOn, ReviewPanelDecision decision, LocalDate decidedOn, LocalDate today) {
        if (category != ExclusionCategory.PERMANENT || governorsDecision != GoverningBoardDecision.UPHELD) {
            throw new IllegalArgumentException("A review panel hears only a permanent exclusion the governing board upheld");
        }
        FieldProblems problems = new FieldProblems();
        problems.check("appliedOn", () -> {
            Text.present(appliedOn, "Enter the date the parents applied for a review");
            if (appliedOn.isAfter(today) || appliedOn.isBefore(governorsMetOn)) {
                throw new IllegalArgumentException("The application date must fall between the board's decision and today");
            }
        });
        // The panel's decision and its date come together: the one left out is the one to fill in.
        if ((decision == null) != (decidedOn == null)) {
            problems.add(decision == null ? "decision" : "decidedOn", "Enter both the panel's decision and its date, or neither until it has met");
        }
        if (decidedOn != null && ((appliedOn != null && decidedOn.isBefore(appliedOn)) || decidedOn.isAfter(today))) {
            problems.add("decidedOn", "The panel's decision date must fall between the application and today");
        }
        problems.throwIfAny();
        this.reviewAppliedOn = appliedOn;
        this.reviewDecision = decision;
        this.reviewDecidedOn = decidedOn;
    }

    /** Keeps the later facts when the notification itself is corrected. */
    void keepFollowUpsOf(Exclusion earlier) {
        if (earlier == null) {
            return;
        }
        this.provision = earlier.provision;
        this.provisionFrom = earlier.provisionFrom;
        this.governorsMetOn = earlier.governorsMetOn;
        this.governorsDecision = earlier.governorsDecision;
        this.reviewAppliedOn = earlier.reviewAppliedOn;
        this.reviewDecision = earlier.reviewDecision;
        this.reviewDecidedOn = earlier.reviewDecidedOn;
    }

    /**
     * The deadlines still to meet.
     *
     * @param termSessions this pupil's suspension sessions in the term of this one, this one included
     */
    List<Deadline> deadlines(SchoolDays schoolDays, int termSessions, SuspensionAllowance allowance) {
        List<Deadline> deadlines = new ArrayList<>();
        boolean permanent = category == ExclusionCategory.PERMANENT;
        if (provisionFrom == null && (permanent || sessions > (SIXTH_SCHOOL_DAY - 1) * 2)) {
            deadlines.add(Deadline.of(DeadlineKind.SIXTH_DAY_PROVISION, startDate,
                    (permanent ? "the authority arranges it" : "the school arranges it; check it has") + ", counted from " + startDate,
                    schoolDays.dayNumber(startDate, SIXTH_SCHOOL_DAY)));
        }
        if (governorsMetOn == null) {
            Integer meetingWithin = governorsMustMeetWithin(termSessions);
            if (meetingWithin != null) {
                deadlines.add(Deadline.of(DeadlineKind.GOVERNORS_MEETING, notifiedOn, "within " + meetingWithin + " school days of the notice of "
                        + notifiedOn, schoolDays.after(notifiedOn, meetingWithin)));
            }
        }
        if (permanent && governorsDecision == GoverningBoardDecision.UPHELD && reviewAppliedOn == null) {
            deadlines.add(Deadline.of(DeadlineKind.REVIEW_PANEL_APPLICATION, governorsMetOn, "15 school days from the board's decision of "
                    + governorsMetOn, schoolDays.after(governorsMetOn, REVIEW_APPLICATION_SCHOOL_DAYS)));
        }
        if (!permanent && allowance.passed()) {
            deadlines.add(Deadline.of(DeadlineKind.SUSPENSION_CAP_PASSED, SuspensionAllowance.academicYearStart(startDate),
                    allowance.warning(), schoolDays.after(notifiedOn, 0)));
        }
        return deadlines;
    }

    /** Within how many school days of the notice the board must meet, or null when it need not. */
    Integer governorsMustMeetWithin(int termSessions) {
        if (category == ExclusionCategory.PERMANENT || Boolean.TRUE.equals(missesPublicExam)
                || termSessions > TERM_DAYS_FOR_COMPULSORY_MEETING * 2) {
            return GOVERNORS_SCHOOL_DAYS;
        }
        if (termSessions > TERM_DAYS_FOR_REPRESENTATIONS * 2 && Boolean.TRUE.equals(parentsMadeRepresentations)) {
            return GOVERNORS_SCHOOL_DAYS_ON_REPRESENTATIONS;
        }
        return null;
    }

    String closingProblem(CaseOutcome outcome) {
        if (outcome == CaseOutcome.EXCLUSION_UPHELD && category != ExclusionCategory.PERMANENT) {
            return "Only a permanent exclusion can be closed as upheld";
        }
        if (outcome == CaseOutcome.EXCLUSION_UPHELD && governorsDecision != GoverningBoardDecision.UPHELD) {
            return "Record the governing board's decision to uphold the exclusion before closing it as upheld";
        }
        if (outcome == CaseOutcome.REINSTATED && governorsDecision != GoverningBoardDecision.REINSTATED && reviewDecision == null) {
            return "Record the decision that reinstated the pupil before closing";
        }
        return null;
    }

    public ExclusionCategory category() {
        return category;
    }

    public LocalDate startDate() {
        return startDate;
    }

    /** Length in sessions for a suspension; null for a permanent exclusion. */
    public Integer sessions() {
        return sessions;
    }

    /** The length as officers say it, e.g. "2½ school days". */
    public String lengthDescription() {
        return sessions == null ? "permanent" : SuspensionAllowance.days(sessions) + " school days";
    }

    public List<String> reasonCodes() {
        return Stream.of(reason1, reason2, reason3).filter(Objects::nonNull).toList();
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public boolean missesPublicExam() {
        return Boolean.TRUE.equals(missesPublicExam);
    }

    public boolean parentsMadeRepresentations() {
        return Boolean.TRUE.equals(parentsMadeRepresentations);
    }

    public String provision() {
        return provision;
    }

    public LocalDate provisionFrom() {
        return provisionFrom;
    }

    public LocalDate governorsMetOn() {
        return governorsMetOn;
    }

    public GoverningBoardDecision governorsDecision() {
        return governorsDecision;
    }

    public LocalDate reviewAppliedOn() {
        return reviewAppliedOn;
    }

    public ReviewPanelDecision reviewDecision() {
        return reviewDecision;
    }

    public LocalDate reviewDecidedOn() {
        return reviewDecidedOn;
    }
}
