package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.calendar.SchoolDays;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * The facts of a child-missing-education case (Education Act 1996 s436A). A school's deletion return carries
 * one ground of the School Attendance (Pupil Registration) (England) Regulations 2024, reg 9(1)(a)-(o);
 * ground (i) may only be used once the child has been absent for 20 continuous school days and both the
 * school and the local authority have made reasonable enquiries and failed to find the child.
 */
@Embeddable
public class MissingEducation {

    /** Continuous school days of unexplained absence before ground (i) can be met. */
    public static final int TWENTY_DAY_RULE = 20;

    /** The enquiries without which the authority cannot say it has looked: the school's, and a visit home. */
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

    protected MissingEducation() {
        // for JPA
    }

    /**
     * Every field is checked before any is refused; a notified authority without its code is refused under
     * the code, which is what is missing.
     *
     * @param deletionGround    already checked against the reference set, or null for a referral without a deletion
     * @param destinationLaCode the three-digit code of the authority the child moved to, if known
     * @throws IllegalArgumentException with an officer-readable message
     */
    public MissingEducation(String deletionGround, LocalDate firstDayAbsent, String destinationLaCode, LocalDate otherLaNotifiedOn,
                            LocalDate today) {
        FieldProblems problems = new FieldProblems();
        if (firstDayAbsent != null && firstDayAbsent.isAfter(today)) {
            problems.add("firstDayAbsent", "The first day of absence cannot be in the future");
        }
        String laCode = problems.check("destinationLaCode", () -> {
            String typed = Text.optional(destinationLaCode, "the destination authority's code", 3);
            if (typed != null && !LA_CODE.matcher(typed).matches()) {
                throw new IllegalArgumentException("A local authority code is three digits, e.g. 868 for Windsor and Maidenhead");
            }
            return typed;
        });
        if (otherLaNotifiedOn != null && laCode == null) {
            problems.add("destinationLaCode", "Enter which authority was notified");
        }
        if (otherLaNotifiedOn != null && otherLaNotifiedOn.isAfter(today)) {
            problems.add("otherLaNotifiedOn", "The other authority cannot have been notified in the future");
        }
        problems.throwIfAny();
        this.deletionGround = deletionGround;
        this.firstDayAbsent = firstDayAbsent;
        this.destinationLaCode = laCode;
        this.otherLaNotifiedOn = otherLaNotifiedOn;
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

    /** The 20th continuous school day of absence, counting the first day absent as day 1 when it is a school day. */
    public SchoolDayDate twentiethDayOfAbsence(SchoolDays schoolDays) {
        if (firstDayAbsent == null) {
            throw new IllegalStateException("No first day of absence is recorded");
        }
        return schoolDays.dayNumber(firstDayAbsent, TWENTY_DAY_RULE);
    }

    /**
     * Whether ground (i) can be met on {@code asOf}: 20 continuous school days absent, and the authority's
     * essential enquiries (school contacts and a home visit) recorded.
     */
    public boolean twentyDayRuleMet(LocalDate asOf, SchoolDays schoolDays, Collection<Enquiry> enquiries) {
        if (firstDayAbsent == null || asOf.isBefore(twentiethDayOfAbsence(schoolDays).date())) {
            return false;
        }
        Set<EnquiryKind> made = EnumSet.noneOf(EnquiryKind.class);
        enquiries.forEach(enquiry -> made.add(enquiry.kind()));
        return made.containsAll(ESSENTIAL_ENQUIRIES);
    }

    List<Deadline> deadlines(SchoolDays schoolDays) {
        List<Deadline> deadlines = new ArrayList<>();
        if (firstDayAbsent != null) {
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
