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
 * A child electively home educated. A parent's written notice takes the child off roll (PR 2024 reg 9(1)(f));
 * the authority checks that the education is suitable; if it appears not to be, a notice under Education Act
 * 1996 s437(1) gives the parents at least 15 days to satisfy it, and then a school attendance order may follow.
 * The fields of the coming "children not in school" register (Children's Wellbeing and Schools Act 2026 s38,
 * not yet commenced) are kept too: hours taught by the parents and by others, and the other providers.
 */
@Embeddable
public class HomeEducation {

    /** Days a s437(1) notice must give the parents to satisfy the authority (calendar days, not school days). */
    public static final int NOTICE_PERIOD_DAYS = 15;
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
        if (attendanceOrderOn != null && (s437NoticeOn == null || attendanceOrderOn.isBefore(s437NoticeOn.plusDays(NOTICE_PERIOD_DAYS)))) {
            problems.add("attendanceOrderOn", "A school attendance order can follow only a s437(1) notice served at least "
                    + NOTICE_PERIOD_DAYS + " days before");
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
        if (s437NoticeOn != null && attendanceOrderOn == null) {
            deadlines.add(Deadline.of(DeadlineKind.S437_NOTICE_PERIOD_ENDS, s437NoticeOn, NOTICE_PERIOD_DAYS + " days from the notice of " + s437NoticeOn
                    + ": decide whether to serve a school attendance order",
                    new SchoolDayDate(s437NoticeOn.plusDays(NOTICE_PERIOD_DAYS), "calendar days (Education Act 1996 s437(1))", null)));
        }
        return deadlines;
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
