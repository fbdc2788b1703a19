package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * The facts of a child-missing-education case (Education Act 1996 s436A). A school's deletion return carries
 * one ground of the School Attendance (Pupil Registration) (England) Regulations 2024, reg 9(1)(a)-(o).
 * Ground (i) needs all of its conditions, which this records as the school and the officer establish them
 * (see {@link GroundIAdvice}); enquiries start at once, and the 20th school day is only the earliest date a
 * deletion under it could happen.
 */
@Embeddable
public class MissingEducation {

    /** Continuous school days of unexplained absence before ground (i) can be met. */
    public static final int TWENTY_DAY_RULE = 20;

    /**
     * The enquiries without which school and authority cannot say they looked jointly: the school's own
     * contacts, and the authority's visit home.
     */
    static final Set<EnquiryKind> ESSENTIAL_ENQUIRIES = EnumSet.of(EnquiryKind.SCHOOL_CONTACTS, EnquiryKind.HOME_VISIT);

    private static final Pattern LA_CODE = Pattern.compile("\\d{3}");

    /** A code of the reference set {@code deletion-ground}: the letter of reg 9(1), upper case. */
    @Column(name = "CME_DELETION_GROUND", length = 2)
    private String deletionGround;

    @Column(name = "CME_FIRST_DAY_ABSENT")
    private LocalDate firstDayAbsent;

    @Column(name = "CME_DESTINATION_LA", length = 3)
    private String destinationLaCode;

    @Column(name = "CME_OTHER_LA_NOTIFIED_ON")
    private LocalDate otherLaNotifiedOn;

    /** How the school recorded the absence; null until the school has said. */
    @Enumerated(EnumType.STRING)
    @Column(name = "CME_ABSENCE_RECORDED", length = 20)
    private AbsenceRecording absenceRecording;

    /** Whether the school has grounds to think the child ill or unavoidably absent; null until it has said. */
    @Enumerated(EnumType.STRING)
    @Column(name = "CME_SCHOOL_BELIEF", length = 20)
    private SchoolBelief schoolBelief;

    protected MissingEducation() {
        // for JPA
    }

    /**
     * @param deletionGround    already checked against the reference set, or null for a referral without a deletion
     * @param destinationLaCode the three-digit code of the authority the child moved to, if known
     * @throws IllegalArgumentException with an officer-readable message
     */
    public MissingEducation(String deletionGround, LocalDate firstDayAbsent, String destinationLaCode, LocalDate otherLaNotifiedOn,
                            LocalDate today) {
        this(deletionGround, firstDayAbsent, destinationLaCode, otherLaNotifiedOn, null, null, today);
    }

    /**
     * @param absenceRecording how the school recorded the absence, or null while not known
     * @param schoolBelief     whether the school thinks the child ill or unavoidably absent, or null while not known
     */
    public MissingEducation(String deletionGround, LocalDate firstDayAbsent, String destinationLaCode, LocalDate otherLaNotifiedOn,
                            AbsenceRecording absenceRecording, SchoolBelief schoolBelief, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        if (firstDayAbsent != null && firstDayAbsent.isAfter(today)) {
            problems.add("firstDayAbsent", "The first day of absence cannot be in the future");
        }
        String laCode = problems.check("destinationLa", () -> {
            String code = Text.optional(destinationLaCode, "the destination authority's code", 3);
            if (code != null && !LA_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("A local authority code is three digits, e.g. 868 for Windsor and Maidenhead");
            }
            return code;
        });
        if (otherLaNotifiedOn != null && laCode == null && !problems.has("destinationLa")) {
            problems.add("destinationLa", "Enter which authority was notified");
        }
        if (otherLaNotifiedOn != null && otherLaNotifiedOn.isAfter(today)) {
            problems.add("otherLaNotifiedOn", "The other authority cannot have been notified in the future");
        }
        problems.throwIfAny();
        this.deletionGround = deletionGround;
        this.firstDayAbsent = firstDayAbsent;
        this.destinationLaCode = laCode;
        this.otherLaNotifiedOn = otherLaNotifiedOn;
        this.absenceRecording = absenceRecording;
        this.schoolBelief = schoolBelief;
    }

    public String deletionGround() {
        return deletionGround;
    }

    public LocalDate firstDayAbsent() {
        return firstDayAbsent;
    }

    public String destinationLaCode() {
        return destinationLaCode;
    }

    public LocalDate otherLaNotifiedOn() {
        return otherLaNotifiedOn;
    }

    public AbsenceRecording absenceRecording() {
        return absenceRecording;
    }

    public SchoolBelief schoolBelief() {
        return schoolBelief;
    }

    /** The 20th continuous school day of absence, counting the first day absent as day 1 when it is a school day. */
    public SchoolDayDate twentiethDayOfAbsence(SchoolDays schoolDays) {
        if (firstDayAbsent == null) {
            throw new IllegalStateException("No first day of absence is recorded");
        }
        return schoolDays.dayNumber(firstDayAbsent, TWENTY_DAY_RULE);
    }

    /** Ground (i), condition by condition, as the record stands on {@code asOf} (reg 9(1)(i)). */
    public GroundIAdvice groundIAdvice(LocalDate asOf, SchoolDays schoolDays, Collection<Enquiry> enquiries) {
        List<GroundIAdvice.Condition> conditions = new ArrayList<>();
        LocalDate earliest = null;
        String calendar = null;
        String twentyDays = "At least 20 continuous school days of absence";
        if (firstDayAbsent == null) {
            conditions.add(new GroundIAdvice.Condition(twentyDays, GroundIAdvice.Status.PENDING, "Record the first day of continuous absence"));
        } else {
            SchoolDayDate twentieth = twentiethDayOfAbsence(schoolDays);
            earliest = twentieth.date();
            calendar = twentieth.calendarDescription();
            boolean reached = !asOf.isBefore(earliest);
            conditions.add(new GroundIAdvice.Condition(twentyDays, reached ? GroundIAdvice.Status.MET : GroundIAdvice.Status.PENDING,
                    (reached ? "The 20th school day was " : "The 20th school day is ") + earliest));
        }
        String codes = "Every session recorded with code G, N or O";
        conditions.add(absenceRecording == null
                ? new GroundIAdvice.Condition(codes, GroundIAdvice.Status.PENDING, "Ask the school which codes it used")
                : new GroundIAdvice.Condition(codes, absenceRecording == AbsenceRecording.ONLY_G_N_O ? GroundIAdvice.Status.MET
                : GroundIAdvice.Status.NOT_MET, absenceRecording.label()));
        String belief = "No reasonable grounds to believe the child ill or unavoidably absent";
        conditions.add(schoolBelief == null
                ? new GroundIAdvice.Condition(belief, GroundIAdvice.Status.PENDING, "Ask the school")
                : new GroundIAdvice.Condition(belief, schoolBelief == SchoolBelief.NO_GROUNDS ? GroundIAdvice.Status.MET
                : GroundIAdvice.Status.NOT_MET, schoolBelief.label()));
        conditions.add(enquiriesCondition(enquiries));
        return new GroundIAdvice(earliest, calendar, conditions, asOf);
    }

    private static GroundIAdvice.Condition enquiriesCondition(Collection<Enquiry> enquiries) {
        String joint = "School and authority jointly made reasonable enquiries and failed to find the child";
        Optional<Enquiry> found = enquiries.stream().filter(Enquiry::locatedChild).findFirst();
        if (found.isPresent()) {
            return new GroundIAdvice.Condition(joint, GroundIAdvice.Status.NOT_MET,
                    "An enquiry found the child (" + found.get().kind().label() + ", " + found.get().madeOn() + ")");
        }
        Set<EnquiryKind> missing = EnumSet.copyOf(ESSENTIAL_ENQUIRIES);
        enquiries.forEach(enquiry -> missing.remove(enquiry.kind()));
        if (missing.isEmpty()) {
            return new GroundIAdvice.Condition(joint, GroundIAdvice.Status.MET, "The school's contacts and a home visit failed to find the child");
        }
        return new GroundIAdvice.Condition(joint, GroundIAdvice.Status.PENDING, "Still to record: "
                + String.join(", ", missing.stream().map(EnquiryKind::label).toList()));
    }

    /** A fact on record that rules ground (i) out whatever the date: other codes, illness, or the child found. */
    boolean groundIRuledOut(Collection<Enquiry> enquiries) {
        return absenceRecording == AbsenceRecording.OTHER_CODES || schoolBelief == SchoolBelief.HAS_GROUNDS
                || enquiries.stream().anyMatch(Enquiry::locatedChild);
    }

    /**
     * Enquiries start at once: until one is recorded, starting them is due the day the case came in. The 20th
     * school day is a deadline only while ground (i) is still possible: it is the earliest date of a lawful
     * deletion, when the officer checks every condition.
     */
    List<Deadline> deadlines(SchoolDays schoolDays, LocalDate referredOn, Collection<Enquiry> enquiries) {
        List<Deadline> deadlines = new ArrayList<>();
        if (enquiries.isEmpty() && referredOn != null) {
            deadlines.add(Deadline.of(DeadlineKind.ENQUIRIES_START, referredOn, "with the school, from the day the case came in",
                    schoolDays.after(referredOn, 0)));
        }
        if (firstDayAbsent != null && !groundIRuledOut(enquiries)) {
            deadlines.add(Deadline.of(DeadlineKind.TWENTY_SCHOOL_DAYS_ABSENT, firstDayAbsent,
                    "absent since " + firstDayAbsent, twentiethDayOfAbsence(schoolDays)));
        }
        return deadlines;
    }

    /** Why the case cannot yet close with this outcome, or null when it can. */
    String closingProblem(CaseOutcome outcome, Collection<Enquiry> enquiries) {
        if (outcome == CaseOutcome.MOVED_TO_ANOTHER_LA && (destinationLaCode == null || otherLaNotifiedOn == null)) {
            return "Record which authority the child moved to and the date it was notified before closing";
        }
        if (outcome == CaseOutcome.CLOSED_UNTRACED && enquiries.stream().noneMatch(enquiry -> enquiry.kind() == EnquiryKind.LOST_PUPIL_DATABASE)) {
            return "A child closed as untraced must first be placed in the DfE lost-pupil area: record that enquiry";
        }
        return null;
    }
}
