package org.pupilsupport.core.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A child electively home educated. A parent's notice <em>in writing</em> is what lets a school delete the child
 * under PR 2024 reg 9(1)(f); a notice given only by word of mouth does not, so the case says so. The authority
 * checks that the education is suitable (Education Act 1996 s436A, s437). If it appears not to be:
 * <ol>
 * <li>a s437(1) notice requires the parent to satisfy the authority within the period the notice gives, which
 * s437(2) says may not be less than 15 days beginning with the day of service (that day is day 1);</li>
 * <li>if the parent does not, and the authority thinks the child should attend school, it must first serve a
 * s438(2) notice of its intention to serve a school attendance order; the parent then has 15 days beginning with
 * the day of that notice's service to choose a school (s438(3)-(4));</li>
 * <li>only after that may the school attendance order be served (s437(3), s438).</li>
 * </ol>
 * The fields of the coming "children not in school" register (Children's Wellbeing and Schools Act 2026 s38,
 * not yet commenced) are kept too: hours taught by the parents and by others, and the other providers.
 */
@Embeddable
public class HomeEducation {

    /** The fewest days a s437(1) notice may give (s437(2)): calendar days, the day of service counting as the first. */
    public static final int NOTICE_PERIOD_DAYS = 15;

    /** Days the parent has after a s438(2) notice of intention to choose a school (s438(3)-(4)), the day of service first. */
    public static final int INTENTION_NOTICE_DAYS = 15;
    static final int LONGEST_TEXT = 1000;

    @Column(name = "EHE_NOTICE_ON")
    private LocalDate noticeOn;

    @Column(name = "EHE_WRITTEN_NOTICE")
    private Boolean writtenNotice;

    @Column(name = "EHE_HOURS_PARENTS", precision = 4, scale = 1)
    private BigDecimal hoursByParents;

    @Column(name = "EHE_HOURS_OTHERS", precision = 4, scale = 1)
    private BigDecimal hoursByOthers;

    @Column(name = "EHE_OTHER_PROVIDERS", length = LONGEST_TEXT)
    private String otherProviders;

    @Enumerated(EnumType.STRING)
    @Column(name = "EHE_SUITABILITY", length = 20)
    private Suitability suitability;

    @Column(name = "EHE_DECIDED_ON")
    private LocalDate decidedOn;

    @Column(name = "EHE_S437_NOTICE_ON")
    private LocalDate s437NoticeOn;

    /** The period the s437(1) notice gave, in days; null before a notice is served (and for notices recorded before it was kept). */
    @Column(name = "EHE_S437_PERIOD_DAYS")
    private Integer s437PeriodDays;

    @Column(name = "EHE_S438_NOTICE_ON")
    private LocalDate s438NoticeOn;

    @Column(name = "EHE_ATTENDANCE_ORDER_ON")
    private LocalDate attendanceOrderOn;

    protected HomeEducation() {
        // for JPA
    }

    /**
     * Every field is checked before any is refused; each date that breaks the order of notice, decision,
     * s437(1) notice and order is refused under its own name.
     *
     * @throws IllegalArgumentException with an officer-readable message
     */
    public HomeEducation(LocalDate noticeOn, boolean writtenNotice, BigDecimal hoursByParents, BigDecimal hoursByOthers, String otherProviders,
                         Suitability suitability, LocalDate decidedOn, LocalDate s437NoticeOn, LocalDate attendanceOrderOn, LocalDate today) {
        this(noticeOn, writtenNotice, hoursByParents, hoursByOthers, otherProviders, suitability, decidedOn, s437NoticeOn,
                s437NoticeOn == null ? null : NOTICE_PERIOD_DAYS, null, attendanceOrderOn, today);
    }

    /**
     * @param s437PeriodDays the period the s437(1) notice gave, at least 15 days
     * @param s438NoticeOn   the day the s438(2) notice of intention to serve an attendance order was served
     */
    public HomeEducation(LocalDate noticeOn, boolean writtenNotice, BigDecimal hoursByParents, BigDecimal hoursByOthers, String otherProviders,
                         Suitability suitability, LocalDate decidedOn, LocalDate s437NoticeOn, Integer s437PeriodDays, LocalDate s438NoticeOn,
                         LocalDate attendanceOrderOn, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.check("noticeOn", () -> Text.present(noticeOn, "Enter the date of the parent's notice"));
        problems.check("hoursByParents", () -> checkedHours(hoursByParents, "taught by the parents"));
        problems.check("hoursByOthers", () -> checkedHours(hoursByOthers, "taught by others"));
        String checkedProviders = problems.check("otherProviders", () -> Text.optional(otherProviders, "the other providers", LONGEST_TEXT));
        Suitability assessed = suitability == null ? Suitability.NOT_YET_ASSESSED : suitability;
        Map<String, LocalDate> datesByField = new LinkedHashMap<>();
        datesByField.put("noticeOn", noticeOn);
        datesByField.put("decidedOn", decidedOn);
        datesByField.put("s437NoticeOn", s437NoticeOn);
        datesByField.put("s438NoticeOn", s438NoticeOn);
        datesByField.put("attendanceOrderOn", attendanceOrderOn);
        datesByField.forEach((field, date) -> {
            if (date != null && date.isAfter(today)) {
                problems.add(field, "Home-education dates are recorded once they have happened: one is in the future");
            }
        });
        datesByField.forEach((field, date) -> {
            if (!"noticeOn".equals(field) && date != null && noticeOn != null && date.isBefore(noticeOn)) {
                problems.add(field, "Decisions, notices and orders come after the parent's notice of " + noticeOn);
            }
        });
        if (assessed != Suitability.NOT_YET_ASSESSED && decidedOn == null) {
            problems.add("decidedOn", "Enter the date the suitability of the education was decided");
        }
        if (s437NoticeOn != null && assessed != Suitability.NOT_SUITABLE) {
            problems.add("s437NoticeOn", "A s437(1) notice is served only when the education does not appear suitable");
        }
        if (s437NoticeOn != null && s437PeriodDays == null) {
            problems.add("s437PeriodDays", "Enter the period the s437(1) notice gave the parent, in days");
        } else if (s437PeriodDays != null && (s437PeriodDays < NOTICE_PERIOD_DAYS || s437PeriodDays > 366)) {
            problems.add("s437PeriodDays", "A s437(1) notice gives at least " + NOTICE_PERIOD_DAYS + " days, beginning with the day of service (s437(2))");
        }
        LocalDate s437Ends = s437NoticeOn == null || s437PeriodDays == null ? null : lastDayOf(s437NoticeOn, s437PeriodDays);
        if (s438NoticeOn != null && (s437Ends == null || !s438NoticeOn.isAfter(s437Ends))) {
            problems.add("s438NoticeOn", s437Ends == null ? "A notice of intention (s438(2)) follows a s437(1) notice"
                    : "A notice of intention (s438(2)) follows the end of the s437(1) notice's period, " + s437Ends);
        }
        if (attendanceOrderOn != null) {
            LocalDate s438Ends = s438NoticeOn == null ? null : lastDayOf(s438NoticeOn, INTENTION_NOTICE_DAYS);
            if (s438Ends == null || !attendanceOrderOn.isAfter(s438Ends)) {
                problems.add("attendanceOrderOn", s438Ends == null
                        ? "A school attendance order follows a s438(2) notice of intention, after the s437(1) notice's period"
                        : "The parent has until " + s438Ends + " to choose a school (s438(3)-(4)): the order can be served from the day after");
            }
        }
        problems.throwIfAny();
        this.noticeOn = noticeOn;
        this.writtenNotice = writtenNotice;
        this.hoursByParents = hoursByParents;
        this.hoursByOthers = hoursByOthers;
        this.otherProviders = checkedProviders;
        this.suitability = assessed;
        this.decidedOn = decidedOn;
        this.s437NoticeOn = s437NoticeOn;
        this.s437PeriodDays = s437NoticeOn == null ? null : s437PeriodDays;
        this.s438NoticeOn = s438NoticeOn;
        this.attendanceOrderOn = attendanceOrderOn;
    }

    private static BigDecimal checkedHours(BigDecimal hours, String what) {
        if (hours != null && (hours.signum() < 0 || hours.compareTo(new BigDecimal("80")) > 0)) {
            throw new IllegalArgumentException("Hours a week " + what + " must be between 0 and 80");
        }
        return hours;
    }

    /**
     * @param contactedSinceNotice whether any contact with the family is recorded on or after the notice
     */
    List<Deadline> deadlines(SchoolDays schoolDays, CaseProtocol protocol, boolean contactedSinceNotice) {
        List<Deadline> deadlines = new ArrayList<>();
        if (!contactedSinceNotice) {
            deadlines.add(Deadline.of(DeadlineKind.HOME_EDUCATION_FIRST_CONTACT, noticeOn, "within " + protocol.homeEducationFirstContactSchoolDays()
                    + " school days of the notice (" + protocol.source() + ")", schoolDays.after(noticeOn, protocol.homeEducationFirstContactSchoolDays())));
        }
        if (s437NoticeOn != null && s438NoticeOn == null && attendanceOrderOn == null) {
            int days = s437PeriodDays();
            deadlines.add(Deadline.of(DeadlineKind.S437_NOTICE_PERIOD_ENDS, s437NoticeOn, "the " + days + " days the notice of " + s437NoticeOn
                    + " gave end: if the parent has not satisfied the authority, consider a notice of intention (s438(2))",
                    new SchoolDayDate(lastDayOf(s437NoticeOn, days), "calendar days, the day of service first (Education Act 1996 s437(2))", null)));
        }
        if (s438NoticeOn != null && attendanceOrderOn == null) {
            deadlines.add(Deadline.of(DeadlineKind.S438_NOTICE_PERIOD_ENDS, s438NoticeOn, "15 days from the notice of intention of " + s438NoticeOn
                    + " for the parent to choose a school; the order may be served from the next day",
                    new SchoolDayDate(lastDayOf(s438NoticeOn, INTENTION_NOTICE_DAYS), "calendar days, the day of service first (Education Act 1996 s438(3)-(4))",
                            null)));
        }
        return deadlines;
    }

    /** The last day of a period of {@code days} days beginning with {@code served}: the day of service is day 1. */
    static LocalDate lastDayOf(LocalDate served, int days) {
        return served.plusDays(days - 1L);
    }

    /** The period the s437(1) notice gave; the statutory minimum for a notice recorded before periods were kept. */
    public int s437PeriodDays() {
        return s437PeriodDays == null ? NOTICE_PERIOD_DAYS : s437PeriodDays;
    }

    public LocalDate s438NoticeOn() {
        return s438NoticeOn;
    }

    /**
     * Why the school may not delete the child under ground (f) on this notice: the regulation needs it in writing.
     * Null when the notice was written.
     */
    public String noticeProblem() {
        return Boolean.TRUE.equals(writtenNotice) ? null
                : "The parent's notice was not in writing: a school may delete a child under ground (f) of PR 2024 reg 9(1) only on"
                + " written notice. Ask the parent to write to the school.";
    }

    String closingProblem(CaseOutcome outcome) {
        if (outcome == CaseOutcome.SCHOOL_ATTENDANCE_ORDER && attendanceOrderOn == null) {
            return "Record the date the school attendance order was served before closing";
        }
        return null;
    }

    public LocalDate noticeOn() {
        return noticeOn;
    }

    public boolean writtenNotice() {
        return Boolean.TRUE.equals(writtenNotice);
    }

    public BigDecimal hoursByParents() {
        return hoursByParents;
    }

    public BigDecimal hoursByOthers() {
        return hoursByOthers;
    }

    public String otherProviders() {
        return otherProviders;
    }

    public Suitability suitability() {
        return suitability;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate s437NoticeOn() {
        return s437NoticeOn;
    }

    public LocalDate attendanceOrderOn() {
        return attendanceOrderOn;
    }
}
