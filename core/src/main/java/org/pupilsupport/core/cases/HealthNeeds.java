package org.pupilsupport.core.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A child who cannot attend school because of health (Education Act 1996 s19). The authority must arrange
 * suitable full-time education, or as much as the child's health allows, as soon as it is clear the child
 * will miss 15 school days, consecutive or cumulative; it must not wait for medical evidence.
 */
@Embeddable
public class HealthNeeds {

    public static final int TRIGGER_SCHOOL_DAYS = 15;
    static final int LONGEST_TEXT = 500;

    @Column(name = "S19_FIRST_DAY_MISSED")
    private LocalDate firstDayMissed;

    /** School days missed so far through ill health, as counted on {@link #countedOn}. */
    @Column(name = "S19_DAYS_MISSED")
    private Integer schoolDaysMissed;

    @Column(name = "S19_COUNTED_ON")
    private LocalDate countedOn;

    /** School days the child is expected to miss in all, consecutive or cumulative, from what is known of their health. */
    @Column(name = "S19_EXPECTED_DAYS")
    private Integer expectedSchoolDaysMissed;

    /** When that expectation became clear (a consultant's letter, the school's sickness return). */
    @Column(name = "S19_EXPECTED_CLEAR_ON")
    private LocalDate expectedClearOn;

    @Column(name = "S19_PROVIDER", length = LONGEST_TEXT)
    private String provider;

    @Column(name = "S19_HOURS", precision = 4, scale = 1)
    private BigDecimal hoursPerWeek;

    @Column(name = "S19_PROVISION_FROM")
    private LocalDate provisionFrom;

    protected HealthNeeds() {
        // for JPA
    }

    /**
     * Every field is checked before any is refused.
     *
     * @throws IllegalArgumentException with an officer-readable message
     */
    public HealthNeeds(LocalDate firstDayMissed, int schoolDaysMissed, LocalDate countedOn, LocalDate today) {
        this(firstDayMissed, schoolDaysMissed, countedOn, null, null, today);
    }

    /**
     * @param expectedSchoolDaysMissed school days expected to be missed in all, or null while not known
     * @param expectedClearOn          when that became clear; needed with the expectation
     * @throws IllegalArgumentException with an officer-readable message
     */
    public HealthNeeds(LocalDate firstDayMissed, int schoolDaysMissed, LocalDate countedOn, Integer expectedSchoolDaysMissed,
                       LocalDate expectedClearOn, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        if (expectedSchoolDaysMissed != null && (expectedSchoolDaysMissed < 1 || expectedSchoolDaysMissed > 400)) {
            problems.add("expectedSchoolDaysMissed", "Enter the school days expected to be missed in all, from 1");
        }
        if (expectedSchoolDaysMissed != null && expectedClearOn == null) {
            problems.add("expectedClearOn", "Enter when it became clear how long the child will be away");
        }
        if (expectedClearOn != null && expectedSchoolDaysMissed == null) {
            problems.add("expectedSchoolDaysMissed", "Enter the school days expected to be missed, or clear the date it became clear");
        }
        if (expectedClearOn != null && expectedClearOn.isAfter(today)) {
            problems.add("expectedClearOn", "It cannot have become clear in the future");
        }
        problems.check("firstDayMissed", () -> Text.present(firstDayMissed, "Enter the first school day missed"));
        problems.check("countedOn", () -> Text.present(countedOn, "Enter the date the days missed were counted"));
        // Counted from the first day missed up to today: a count dated ahead is the count's fault, a first day after it the first day's.
        String countedBeyond = "Days missed are counted from the first day missed up to today, not beyond";
        if (countedOn != null && countedOn.isAfter(today)) {
            problems.add("countedOn", countedBeyond);
        } else if (countedOn != null && firstDayMissed != null && firstDayMissed.isAfter(countedOn)) {
            problems.add("firstDayMissed", countedBeyond);
        }
        if (schoolDaysMissed < 0 || schoolDaysMissed > 400) {
            problems.add("schoolDaysMissed", "Enter the school days missed so far, from 0");
        }
        problems.throwIfAny();
        this.firstDayMissed = firstDayMissed;
        this.countedOn = countedOn;
        this.schoolDaysMissed = schoolDaysMissed;
        this.expectedSchoolDaysMissed = expectedSchoolDaysMissed;
        this.expectedClearOn = expectedClearOn;
    }

    void recordProvision(String provider, BigDecimal hoursPerWeek, LocalDate from) {
        FieldProblems problems = new FieldProblems();
        String checkedProvider = problems.check("provider", () -> Text.required(provider, "who provides the education", LONGEST_TEXT));
        problems.check("hoursPerWeek", () -> {
            Text.present(hoursPerWeek, "Enter the hours a week of education arranged");
            if (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(ReducedTimetable.MOST_HOURS_IN_A_WEEK) > 0) {
                throw new IllegalArgumentException("Hours a week must be more than 0 and at most " + ReducedTimetable.MOST_HOURS_IN_A_WEEK);
            }
        });
        problems.check("from", () -> Text.present(from, "Enter the date the education starts"));
        problems.throwIfAny();
        this.provider = checkedProvider;
        this.hoursPerWeek = hoursPerWeek;
        this.provisionFrom = from;
    }

    void keepProvisionOf(HealthNeeds earlier) {
        if (earlier != null) {
            this.provider = earlier.provider;
            this.hoursPerWeek = earlier.hoursPerWeek;
            this.provisionFrom = earlier.provisionFrom;
        }
    }

    /**
     * The date the child reaches 15 school days missed, if absence goes on from the count: the count's date
     * itself when 15 are already missed.
     */
    public SchoolDayDate fifteenthDayMissed(SchoolDays schoolDays) {
        int stillToMiss = Math.max(0, TRIGGER_SCHOOL_DAYS - schoolDaysMissed);
        return schoolDays.after(countedOn, stillToMiss);
    }

    /** Whether the s19 duty had certainly arisen by the count's date. */
    public boolean triggered() {
        return schoolDaysMissed >= TRIGGER_SCHOOL_DAYS;
    }

    /**
     * Whether it is clear the child will miss 15 or more school days in all, consecutive or cumulative: the s19
     * duty then calls for education at once ("Arranging education for children who cannot attend school because
     * of health needs", DfE 2023: as soon as it is clear the child will be away for 15 days or more), not on the
     * projected 15th day.
     */
    public boolean clearlyFifteenOrMore() {
        return expectedSchoolDaysMissed != null && expectedSchoolDaysMissed >= TRIGGER_SCHOOL_DAYS;
    }

    /** When education is due: the day it became clear, if that comes before the projected 15th day missed. */
    public SchoolDayDate educationDue(SchoolDays schoolDays) {
        SchoolDayDate fifteenth = fifteenthDayMissed(schoolDays);
        if (clearlyFifteenOrMore() && expectedClearOn.isBefore(fifteenth.date())) {
            return schoolDays.after(expectedClearOn, 0);
        }
        return fifteenth;
    }

    List<Deadline> deadlines(SchoolDays schoolDays) {
        List<Deadline> deadlines = new ArrayList<>();
        if (provisionFrom == null) {
            String why = clearlyFifteenOrMore()
                    ? "expected to miss " + expectedSchoolDaysMissed + " school days in all, clear since " + expectedClearOn
                    : schoolDaysMissed + " school days missed by " + countedOn;
            deadlines.add(Deadline.of(DeadlineKind.HEALTH_PROVISION, firstDayMissed, why
                    + "; arrange education without waiting for medical evidence", educationDue(schoolDays)));
        }
        return deadlines;
    }

    String closingProblem(CaseOutcome outcome) {
        if (outcome == CaseOutcome.PLACEMENT_ENDED && provisionFrom == null) {
            return "No education was recorded as arranged, so no placement can have ended";
        }
        return null;
    }

    public LocalDate firstDayMissed() {
        return firstDayMissed;
    }

    public int schoolDaysMissed() {
        return schoolDaysMissed == null ? 0 : schoolDaysMissed;
    }

    public LocalDate countedOn() {
        return countedOn;
    }

    public Integer expectedSchoolDaysMissed() {
        return expectedSchoolDaysMissed;
    }

    public LocalDate expectedClearOn() {
        return expectedClearOn;
    }

    public String provider() {
        return provider;
    }

    public BigDecimal hoursPerWeek() {
        return hoursPerWeek;
    }

    public LocalDate provisionFrom() {
        return provisionFrom;
    }
}
