package org.pupilsupport.core.cases;

import java.math.BigDecimal;
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

import org.pupilsupport.core.calendar.BaselineSchoolCalendar;
import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A suspension or permanent exclusion as the school notified it, and what followed. The rules follow the School
 * Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012 ("the 2012 Regulations": regs 6-8 for
 * maintained schools, 15-17 for pupil referral units, 24-26 for academies, and Schedule 1 for review panels), the
 * Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007 and the DfE's
 * suspension and permanent exclusion guidance:
 * <ul>
 * <li>from the sixth <em>consecutive</em> school day of exclusion, whether one suspension or several back to back
 * (2007 Regulations reg 3(3) as amended in 2014), the pupil must have suitable full-time education: arranged by the
 * school for a suspension (Education and Inspections Act 2006 s100), by the authority for a permanent exclusion
 * (Education Act 1996 s19(3A)); the hours are kept so that "full-time" can be checked;</li>
 * <li>the governing board must consider reinstatement within 15 school days of <em>its</em> receipt of the head
 * teacher's notice for a permanent exclusion, for suspensions from that school totalling more than 15 school days in
 * a term, or when a public examination is missed (and then, where reasonably practicable, before the examination);
 * for more than 5 days in a term, if the parents make representations, within 50 school days (reg 6);</li>
 * <li>parents may apply for an independent review panel within 15 school days of being given notice of the board's
 * decision to uphold a permanent exclusion, a posted notice being given on the second working day after posting
 * (Schedule 1); the panel meets within 15 school days of the application; a board told to reconsider must do so
 * within 10 school days of being notified of the panel's decision (reg 8);</li>
 * <li>a head teacher may cancel an exclusion the board has not yet considered: the board's duty then ends, but the
 * days already spent out of school still count towards the 45 a year (guidance, "cancelling exclusions").</li>
 * </ul>
 * Lengths are in sessions (half days), as schools report them.
 */
@Embeddable
public class Exclusion {

    public static final int SIXTH_SCHOOL_DAY = 6;
    public static final int GOVERNORS_SCHOOL_DAYS = 15;
    public static final int GOVERNORS_SCHOOL_DAYS_ON_REPRESENTATIONS = 50;
    public static final int REVIEW_APPLICATION_SCHOOL_DAYS = 15;
    /** The panel must meet within this many school days of the parents' application (2012 Regulations, Schedule 1). */
    public static final int REVIEW_MEETING_SCHOOL_DAYS = 15;
    /** A board the panel sent back must reconsider within this many school days of notice of the panel's decision (reg 8). */
    public static final int RECONSIDERATION_SCHOOL_DAYS = 10;
    /** A notice sent by first-class post is given on this working day after posting (2012 Regulations). */
    public static final int POSTED_NOTICE_WORKING_DAYS = 2;
    /** More than this many school days of suspension in a term makes the governors' meeting compulsory. */
    public static final int TERM_DAYS_FOR_COMPULSORY_MEETING = 15;
    /** More than this many, up to the compulsory level, lets parents' representations call a meeting. */
    public static final int TERM_DAYS_FOR_REPRESENTATIONS = 5;
    public static final int MOST_REASONS = 3;
    /** A head teacher may decide, and tell the board, a little before the first day (e.g. on a Friday for a Monday). */
    static final int MOST_DAYS_NOTICE_BEFORE_START = 31;
    static final int LONGEST_PROVISION = 500;
    static final int HOURS_IN_A_SCHOOL_WEEK = 60;

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

    /** When the head teacher's notice reached the governing board; its 15 and 50 school days count from here. */
    @Column(name = "EXC_BOARD_NOTIFIED_ON")
    private LocalDate boardNotifiedOn;

    /** The public examination or national curriculum test the pupil would miss, when known. */
    @Column(name = "EXC_PUBLIC_EXAM_ON")
    private LocalDate publicExamOn;

    @Column(name = "EXC_SOCIAL_WORKER_TOLD")
    private Boolean socialWorkerTold;

    @Column(name = "EXC_VSH_TOLD")
    private Boolean virtualSchoolHeadTold;

    @Column(name = "EXC_SEN_TEAM_TOLD")
    private Boolean senTeamTold;

    /** The LA code of the authority where the pupil lives, when it is not the school's (the 2012 Regulations' "home local authority"). */
    @Column(name = "EXC_HOME_LA", length = 3)
    private String homeLaCode;

    @Column(name = "EXC_PROVISION_HOURS", precision = 4, scale = 1)
    private BigDecimal provisionHoursPerWeek;

    @Column(name = "EXC_FULL_TIME_HOURS", precision = 4, scale = 1)
    private BigDecimal fullTimeHoursPerWeek;

    /** When the board's decision was sent to the parents, and whether by post (then given two working days later). */
    @Column(name = "EXC_DECISION_NOTICE_ON")
    private LocalDate decisionNoticeOn;

    @Column(name = "EXC_DECISION_NOTICE_POSTED")
    private Boolean decisionNoticePosted;

    @Column(name = "EXC_PANEL_NOTICE_ON")
    private LocalDate panelNoticeOn;

    @Column(name = "EXC_PANEL_NOTICE_POSTED")
    private Boolean panelNoticePosted;

    @Column(name = "EXC_RECONSIDERED_ON")
    private LocalDate reconsideredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXC_RECONSIDERED_DECISION", length = 20)
    private GoverningBoardDecision reconsideredDecision;

    @Column(name = "EXC_CANCELLED_ON")
    private LocalDate cancelledOn;

    /** Sessions spent out of school before a cancellation: they still count towards the 45 days a year. */
    @Column(name = "EXC_SESSIONS_SERVED")
    private Integer sessionsServedBeforeCancelling;

    @Column(name = "EXC_CANCEL_REASON", length = LONGEST_PROVISION)
    private String cancelReason;

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
        this(category, startDate, sessions, reasonCodes, notifiedOn, missesPublicExam, parentsMadeRepresentations,
                new Circumstances(null, null, false, false, false, null), today);
    }

    /**
     * What else the head teacher's notice says, or the authority knows, that the rules need.
     *
     * @param boardNotifiedOn      when the notice reached the governing board; null when not known (the board's clock then
     *                             counts from the authority's receipt, and says so)
     * @param publicExamOn         the examination the pupil would miss, if any
     * @param socialWorkerTold     whether the head teacher told the pupil's social worker (a child with one)
     * @param virtualSchoolHeadTold whether the virtual school head was told (a looked-after or previously looked-after child)
     * @param senTeamTold          whether the authority's SEN team was told (a child with an EHC plan)
     * @param homeLaCode           the pupil's home authority, when it is not the school's
     */
    public record Circumstances(LocalDate boardNotifiedOn, LocalDate publicExamOn, boolean socialWorkerTold, boolean virtualSchoolHeadTold,
                                boolean senTeamTold, String homeLaCode) {
    }

    public Exclusion(ExclusionCategory category, LocalDate startDate, Integer sessions, List<String> reasonCodes, LocalDate notifiedOn,
                     boolean missesPublicExam, boolean parentsMadeRepresentations, Circumstances circumstances, LocalDate today) {
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
        problems.check("boardNotifiedOn", () -> {
            LocalDate boardOn = circumstances.boardNotifiedOn();
            if (boardOn != null && (boardOn.isAfter(today) || (startDate != null && boardOn.isBefore(startDate.minusDays(MOST_DAYS_NOTICE_BEFORE_START))))) {
                throw new IllegalArgumentException("The board's receipt of the notice must fall between the head teacher's decision and today");
            }
        });
        problems.check("publicExamOn", () -> {
            if (circumstances.publicExamOn() != null && !missesPublicExam) {
                throw new IllegalArgumentException("Tick that the pupil misses a public examination, or leave its date out");
            }
            if (circumstances.publicExamOn() != null && startDate != null && circumstances.publicExamOn().isBefore(startDate)) {
                throw new IllegalArgumentException("The examination missed cannot be before the exclusion starts");
            }
        });
        String homeLa = problems.check("homeLaCode", () -> {
            String code = circumstances.homeLaCode() == null ? null : circumstances.homeLaCode().strip();
            if (code == null || code.isEmpty()) {
                return null;
            }
            if (!code.matches("\\d{3}")) {
                throw new IllegalArgumentException("Enter the home local authority as its three-digit LA code, e.g. 318");
            }
            return code;
        });
        problems.throwIfAny();
        this.boardNotifiedOn = circumstances.boardNotifiedOn();
        this.publicExamOn = circumstances.publicExamOn();
        this.socialWorkerTold = circumstances.socialWorkerTold();
        this.virtualSchoolHeadTold = circumstances.virtualSchoolHeadTold();
        this.senTeamTold = circumstances.senTeamTold();
        this.homeLaCode = homeLa;
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
    void recordProvision(String description, LocalDate from, BigDecimal hoursPerWeek, BigDecimal fullTimeHours) {
        FieldProblems problems = new FieldProblems();
        String checkedDescription = problems.check("description", () -> Text.required(description, "the education arranged", LONGEST_PROVISION));
        problems.check("from", () -> Text.present(from, "Enter the date the education starts"));
        problems.check("hoursPerWeek", () -> checkedWeeklyHours(hoursPerWeek, "Enter the hours a week of the education arranged"));
        problems.check("fullTimeHoursPerWeek", () -> checkedWeeklyHours(fullTimeHours, "Enter the hours a week of the pupil's full-time timetable"));
        problems.throwIfAny();
        this.provision = checkedDescription;
        this.provisionFrom = from;
        this.provisionHoursPerWeek = hoursPerWeek;
        this.fullTimeHoursPerWeek = fullTimeHours;
    }

    private static void checkedWeeklyHours(BigDecimal hours, String missing) {
        Text.present(hours, missing);
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(HOURS_IN_A_SCHOOL_WEEK)) > 0) {
            throw new IllegalArgumentException("Hours a week must be more than 0 and at most " + HOURS_IN_A_SCHOOL_WEEK);
        }
    }

    /**
     * Why the education arranged is not full-time, or null when it is (or is not yet recorded). The law does not set a
     * number of hours: full-time means what the pupil's school gives its pupils, so the two are compared.
     */
    public String provisionProblem() {
        if (provisionHoursPerWeek == null || fullTimeHoursPerWeek == null || provisionHoursPerWeek.compareTo(fullTimeHoursPerWeek) >= 0) {
            return null;
        }
        return "The education arranged is " + provisionHoursPerWeek.stripTrailingZeros().toPlainString() + " hours a week against a full-time week of "
                + fullTimeHoursPerWeek.stripTrailingZeros().toPlainString() + ": from the sixth day it must be full-time ("
                + (category == ExclusionCategory.PERMANENT ? "Education Act 1996 s19(3A)" : "Education and Inspections Act 2006 s100") + ")";
    }

    void recordGovernorsDecision(LocalDate metOn, GoverningBoardDecision decision, LocalDate today) {
        recordGovernorsDecision(metOn, decision, null, false, today);
    }

    /**
     * @param noticeOn when the board sent the parents notice of its decision; null while not known
     * @param posted   whether that notice went by post (it is then given on the second working day after posting)
     */
    void recordGovernorsDecision(LocalDate metOn, GoverningBoardDecision decision, LocalDate noticeOn, boolean posted, LocalDate today) {
        if (cancelledOn != null) {
            throw new IllegalArgumentException("The head teacher cancelled this exclusion on " + cancelledOn + ": the board no longer considers it");
        }
        FieldProblems problems = new FieldProblems();
        problems.check("noticeOn", () -> {
            if (noticeOn != null && ((metOn != null && noticeOn.isBefore(metOn)) || noticeOn.isAfter(today))) {
                throw new IllegalArgumentException("The notice of the decision must be sent between the meeting and today");
            }
        });
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
        this.decisionNoticeOn = noticeOn;
        this.decisionNoticePosted = noticeOn == null ? null : posted;
    }

    void recordReviewPanel(LocalDate appliedOn, ReviewPanelDecision decision, LocalDate decidedOn, LocalDate today) {
        recordReviewPanel(appliedOn, decision, decidedOn, null, false, today);
    }

    /**
     * @param noticeOn when the panel's decision was sent to the board; null while not known
     * @param posted   whether it went by post (given on the second working day after posting)
     */
    void recordReviewPanel(LocalDate appliedOn, ReviewPanelDecision decision, LocalDate decidedOn, LocalDate noticeOn, boolean posted, LocalDate today) {
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
        if (noticeOn != null && (decidedOn == null || noticeOn.isBefore(decidedOn) || noticeOn.isAfter(today))) {
            problems.add("noticeOn", "The panel's decision must be sent to the board between its decision and today");
        }
        problems.throwIfAny();
        this.reviewAppliedOn = appliedOn;
        this.reviewDecision = decision;
        this.reviewDecidedOn = decidedOn;
        this.panelNoticeOn = noticeOn;
        this.panelNoticePosted = noticeOn == null ? null : posted;
    }

    /** The board's decision on reconsidering, after a panel recommended it or quashed the first decision (reg 8). */
    void recordReconsideration(LocalDate on, GoverningBoardDecision decision, LocalDate today) {
        if (reviewDecision == null || reviewDecision == ReviewPanelDecision.UPHELD) {
            throw new IllegalArgumentException("The board reconsiders only when the review panel recommended it or quashed its decision");
        }
        FieldProblems problems = new FieldProblems();
        problems.check("reconsideredOn", () -> {
            Text.present(on, "Enter the date the board reconsidered");
            if (on.isAfter(today) || on.isBefore(reviewDecidedOn)) {
                throw new IllegalArgumentException("The board reconsiders between the panel's decision and today");
            }
        });
        problems.check("reconsideredDecision", () -> Text.present(decision, "Choose what the board decided on reconsidering"));
        problems.throwIfAny();
        this.reconsideredOn = on;
        this.reconsideredDecision = decision;
    }

    /**
     * The head teacher cancelled the exclusion before the board considered it.
     *
     * @param sessionsServed sessions the pupil had already spent out of school (a suspension's count towards 45 days)
     */
    void cancel(LocalDate on, Integer sessionsServed, String reason, LocalDate today) {
        if (governorsMetOn != null) {
            throw new IllegalArgumentException("The board considered this exclusion on " + governorsMetOn + ": a head teacher cancels only before that");
        }
        FieldProblems problems = new FieldProblems();
        problems.check("cancelledOn", () -> {
            Text.present(on, "Enter the date the head teacher cancelled the exclusion");
            if (on.isAfter(today) || on.isBefore(notifiedOn.isBefore(startDate) ? notifiedOn : startDate)) {
                throw new IllegalArgumentException("The cancellation must fall between the exclusion's notice and today");
            }
        });
        problems.check("sessionsServed", () -> {
            if (category != ExclusionCategory.SUSPENSION) {
                return;
            }
            if (sessionsServed == null || sessionsServed < 0 || sessionsServed > sessions) {
                throw new IllegalArgumentException("Enter the school days already spent out of school: 0 to " + SuspensionAllowance.days(sessions));
            }
        });
        String checkedReason = problems.check("cancelReason", () -> Text.required(reason, "the head teacher's reason for cancelling", LONGEST_PROVISION));
        problems.throwIfAny();
        this.cancelledOn = on;
        this.sessionsServedBeforeCancelling = category == ExclusionCategory.SUSPENSION ? sessionsServed : null;
        this.cancelReason = checkedReason;
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
        this.provisionHoursPerWeek = earlier.provisionHoursPerWeek;
        this.fullTimeHoursPerWeek = earlier.fullTimeHoursPerWeek;
        this.decisionNoticeOn = earlier.decisionNoticeOn;
        this.decisionNoticePosted = earlier.decisionNoticePosted;
        this.panelNoticeOn = earlier.panelNoticeOn;
        this.panelNoticePosted = earlier.panelNoticePosted;
        this.reconsideredOn = earlier.reconsideredOn;
        this.reconsideredDecision = earlier.reconsideredDecision;
        this.cancelledOn = earlier.cancelledOn;
        this.sessionsServedBeforeCancelling = earlier.sessionsServedBeforeCancelling;
        this.cancelReason = earlier.cancelReason;
    }

    /**
     * The deadlines still to meet.
     *
     * @param suspensions this pupil's other suspensions around this one: the term's count from this school, the year's,
     *                    and the consecutive school days of exclusion just before this one
     */
    List<Deadline> deadlines(SchoolDays schoolDays, SuspensionTotals suspensions) {
        List<Deadline> deadlines = new ArrayList<>();
        if (cancelledOn != null) {
            return deadlines;
        }
        boolean permanent = category == ExclusionCategory.PERMANENT;
        int daysBefore = suspensions.consecutiveSessionsBefore() / 2;
        boolean pastFiveDays = permanent || daysBefore * 2 + sessions > (SIXTH_SCHOOL_DAY - 1) * 2;
        if (provisionFrom == null && pastFiveDays) {
            int sixthDayOfThisOne = Math.max(1, SIXTH_SCHOOL_DAY - daysBefore);
            String counted = daysBefore == 0 ? "counted from " + startDate
                    : "the sixth consecutive school day of exclusion: " + daysBefore + " school days of the suspension just before this one count";
            deadlines.add(Deadline.of(DeadlineKind.SIXTH_DAY_PROVISION, startDate,
                    (permanent ? "the authority arranges it" : "the school arranges it; check it has") + ", " + counted,
                    schoolDays.dayNumber(startDate, sixthDayOfThisOne)));
        }
        if (governorsMetOn == null) {
            Integer meetingWithin = governorsMustMeetWithin(suspensions.termSessions());
            if (meetingWithin != null) {
                LocalDate from = boardNotifiedOn == null ? notifiedOn : boardNotifiedOn;
                String since = boardNotifiedOn == null ? "the notice of " + notifiedOn + " (the board's own receipt is not recorded: counted from the authority's)"
                        : "the board's receipt of the notice on " + boardNotifiedOn;
                SchoolDayDate due = schoolDays.after(from, meetingWithin);
                if (publicExamOn != null && missesPublicExam() && publicExamOn.isBefore(due.date().plusDays(1))) {
                    deadlines.add(Deadline.of(DeadlineKind.GOVERNORS_MEETING, from, "before the public examination on " + publicExamOn
                            + " where reasonably practicable, and in any case within " + meetingWithin + " school days of " + since,
                            new SchoolDayDate(publicExamOn.minusDays(1), "the day before the examination (2012 Regulations, reg 6)", null)));
                } else {
                    deadlines.add(Deadline.of(DeadlineKind.GOVERNORS_MEETING, from, "within " + meetingWithin + " school days of " + since, due));
                }
            }
        }
        if (permanent && governorsDecision == GoverningBoardDecision.UPHELD && reviewAppliedOn == null) {
            LocalDate given = decisionNoticeOn == null ? governorsMetOn : givenOn(decisionNoticeOn, decisionNoticePosted);
            String since = decisionNoticeOn == null ? "the board's decision of " + governorsMetOn + " (when the parents were given notice is not recorded)"
                    : Boolean.TRUE.equals(decisionNoticePosted) ? "notice posted on " + decisionNoticeOn + ", given on the second working day after, " + given
                    : "notice given on " + given;
            deadlines.add(Deadline.of(DeadlineKind.REVIEW_PANEL_APPLICATION, given, REVIEW_APPLICATION_SCHOOL_DAYS + " school days from " + since,
                    schoolDays.after(given, REVIEW_APPLICATION_SCHOOL_DAYS)));
        }
        if (reviewAppliedOn != null && reviewDecision == null) {
            deadlines.add(Deadline.of(DeadlineKind.REVIEW_PANEL_MEETING, reviewAppliedOn, "within " + REVIEW_MEETING_SCHOOL_DAYS
                    + " school days of the parents' application of " + reviewAppliedOn, schoolDays.after(reviewAppliedOn, REVIEW_MEETING_SCHOOL_DAYS)));
        }
        if (reviewDecision != null && reviewDecision != ReviewPanelDecision.UPHELD && reconsideredOn == null) {
            LocalDate told = panelNoticeOn == null ? reviewDecidedOn : givenOn(panelNoticeOn, panelNoticePosted);
            String since = panelNoticeOn == null ? "the panel's decision of " + reviewDecidedOn + " (when the board was notified is not recorded)"
                    : "the board's notification of the panel's decision, " + told;
            deadlines.add(Deadline.of(DeadlineKind.BOARD_RECONSIDERATION, told, "within " + RECONSIDERATION_SCHOOL_DAYS + " school days of " + since,
                    schoolDays.after(told, RECONSIDERATION_SCHOOL_DAYS)));
        }
        if (!permanent && suspensions.year().passed()) {
            deadlines.add(Deadline.of(DeadlineKind.SUSPENSION_CAP_PASSED, SuspensionAllowance.academicYearStart(startDate),
                    suspensions.year().warning(), schoolDays.after(notifiedOn, 0)));
        }
        return deadlines;
    }

    /** As above, with no suspension running back to back into this one. */
    List<Deadline> deadlines(SchoolDays schoolDays, int termSessions, SuspensionAllowance year) {
        return deadlines(schoolDays, new SuspensionTotals(termSessions, year, 0));
    }

    /** When a notice counts as given: on the day if delivered, on the second working day after posting if posted. */
    static LocalDate givenOn(LocalDate sentOn, Boolean posted) {
        return Boolean.TRUE.equals(posted) ? BaselineSchoolCalendar.INSTANCE.schoolDaysAfter(sentOn, POSTED_NOTICE_WORKING_DAYS) : sentOn;
    }

    /** The last school day of this suspension, counting its first day as day 1 (a half day ends on the day it falls). */
    LocalDate lastDay(SchoolDays schoolDays) {
        int days = Math.max(1, (sessions + 1) / 2);
        return schoolDays.dayNumber(startDate, days).date();
    }

    /** Sessions that count towards the 45 school days a year: all of them, or those served before a cancellation. */
    int sessionsCountingTowardsTheYear() {
        if (sessions == null) {
            return 0;
        }
        return cancelledOn == null ? sessions : sessionsServedBeforeCancelling;
    }

    public boolean cancelled() {
        return cancelledOn != null;
    }

    /** Within how many school days of the board's receipt of the notice it must meet, or null when it need not (reg 6). */
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
        if (outcome == CaseOutcome.EXCLUSION_CANCELLED) {
            return cancelledOn == null ? "Record the head teacher's cancellation before closing the case as cancelled" : null;
        }
        if (cancelledOn != null && outcome != CaseOutcome.NO_FURTHER_ACTION) {
            return "The head teacher cancelled this exclusion on " + cancelledOn + ": close it as cancelled";
        }
        if (outcome == CaseOutcome.EXCLUSION_UPHELD && reconsideredDecision == GoverningBoardDecision.REINSTATED) {
            return "On reconsidering, the board reinstated the pupil: close the case as reinstated";
        }
        if (outcome == CaseOutcome.EXCLUSION_UPHELD && category != ExclusionCategory.PERMANENT) {
            return "Only a permanent exclusion can be closed as upheld";
        }
        if (outcome == CaseOutcome.EXCLUSION_UPHELD && governorsDecision != GoverningBoardDecision.UPHELD) {
            return "Record the governing board's decision to uphold the exclusion before closing it as upheld";
        }
        if (outcome == CaseOutcome.REINSTATED && governorsDecision != GoverningBoardDecision.REINSTATED && reconsideredDecision != GoverningBoardDecision.REINSTATED) {
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

    public LocalDate boardNotifiedOn() {
        return boardNotifiedOn;
    }

    public LocalDate publicExamOn() {
        return publicExamOn;
    }

    public boolean socialWorkerTold() {
        return Boolean.TRUE.equals(socialWorkerTold);
    }

    public boolean virtualSchoolHeadTold() {
        return Boolean.TRUE.equals(virtualSchoolHeadTold);
    }

    public boolean senTeamTold() {
        return Boolean.TRUE.equals(senTeamTold);
    }

    public String homeLaCode() {
        return homeLaCode;
    }

    public BigDecimal provisionHoursPerWeek() {
        return provisionHoursPerWeek;
    }

    public BigDecimal fullTimeHoursPerWeek() {
        return fullTimeHoursPerWeek;
    }

    public LocalDate decisionNoticeOn() {
        return decisionNoticeOn;
    }

    public boolean decisionNoticePosted() {
        return Boolean.TRUE.equals(decisionNoticePosted);
    }

    public LocalDate panelNoticeOn() {
        return panelNoticeOn;
    }

    public boolean panelNoticePosted() {
        return Boolean.TRUE.equals(panelNoticePosted);
    }

    public LocalDate reconsideredOn() {
        return reconsideredOn;
    }

    public GoverningBoardDecision reconsideredDecision() {
        return reconsideredDecision;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public Integer sessionsServedBeforeCancelling() {
        return sessionsServedBeforeCancelling;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
