package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.pupilsupport.core.calendar.SchoolDayDate;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * A managed move: a pupil moves to another school for a trial, to avoid exclusion, with the consent of the
 * parents and of the receiving school (DfE behaviour and exclusion guidance: voluntary, in the pupil's
 * interests, after earlier support). It ends either made permanent or with the pupil returning.
 */
@Embeddable
public class ManagedMove {

    static final int LONGEST_PLAN = 2000;

    @Column(name = "MMV_ORIGIN_URN")
    private Integer originSchoolUrn;

    @Column(name = "MMV_RECEIVING_URN")
    private Integer receivingSchoolUrn;

    @Column(name = "MMV_PARENT_CONSENT_ON")
    private LocalDate parentConsentOn;

    @Column(name = "MMV_SCHOOL_CONSENT_ON")
    private LocalDate receivingSchoolConsentOn;

    @Column(name = "MMV_START")
    private LocalDate startDate;

    /** When the schools and parents decide whether the move becomes permanent. */
    @Column(name = "MMV_DECISION_DUE")
    private LocalDate decisionDue;

    @Column(name = "MMV_PLAN", length = LONGEST_PLAN)
    private String plan;

    protected ManagedMove() {
        // for JPA
    }

    /**
     * Every field is checked before any is refused; a rule between two dates is refused under the later one.
     *
     * @throws IllegalArgumentException with an officer-readable message
     */
    public ManagedMove(Integer originSchoolUrn, Integer receivingSchoolUrn, LocalDate parentConsentOn, LocalDate receivingSchoolConsentOn,
                       LocalDate startDate, LocalDate decisionDue, String plan, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        problems.check("originSchoolUrn", () -> Text.present(originSchoolUrn, "Enter the URN of the school the pupil is moving from"));
        problems.check("receivingSchoolUrn", () -> {
            Text.present(receivingSchoolUrn, "Enter the URN of the receiving school");
            if (Objects.equals(originSchoolUrn, receivingSchoolUrn)) {
                throw new IllegalArgumentException("A managed move is to a different school");
            }
        });
        problems.check("parentConsentOn", () -> notInTheFuture(parentConsentOn, today));
        problems.check("receivingSchoolConsentOn", () -> notInTheFuture(receivingSchoolConsentOn, today));
        if (startDate != null && !problems.has("parentConsentOn") && !problems.has("receivingSchoolConsentOn")) {
            problems.check("startDate", () -> {
                if (parentConsentOn == null || receivingSchoolConsentOn == null) {
                    throw new IllegalArgumentException("A managed move can only start with the parents' and the receiving school's consent recorded");
                }
                if (startDate.isBefore(parentConsentOn) || startDate.isBefore(receivingSchoolConsentOn)) {
                    throw new IllegalArgumentException("The move cannot start before both consents were given");
                }
            });
        }
        if (decisionDue != null && (startDate == null || !decisionDue.isAfter(startDate))) {
            problems.add("decisionDue", "The decision date comes after the move starts");
        }
        String checkedPlan = problems.check("plan", () -> Text.optional(plan, "the plan", LONGEST_PLAN));
        problems.throwIfAny();
        this.originSchoolUrn = originSchoolUrn;
        this.receivingSchoolUrn = receivingSchoolUrn;
        this.parentConsentOn = parentConsentOn;
        this.receivingSchoolConsentOn = receivingSchoolConsentOn;
        this.startDate = startDate;
        this.decisionDue = decisionDue;
        this.plan = checkedPlan;
    }

    private static void notInTheFuture(LocalDate consent, LocalDate today) {
        if (consent != null && consent.isAfter(today)) {
            throw new IllegalArgumentException("Consent is recorded once given: a consent date is in the future");
        }
    }

    List<Deadline> deadlines() {
        List<Deadline> deadlines = new ArrayList<>();
        if (decisionDue != null) {
            deadlines.add(Deadline.of(DeadlineKind.MANAGED_MOVE_DECISION, decisionDue, "agreed when the move started on " + startDate,
                    new SchoolDayDate(decisionDue, "date agreed by the schools and parents", null)));
        }
        return deadlines;
    }

    String closingProblem(CaseOutcome outcome) {
        if ((outcome == CaseOutcome.MADE_PERMANENT || outcome == CaseOutcome.RETURNED_TO_ORIGIN_SCHOOL) && startDate == null) {
            return "Record the consents and the start of the move before closing it as " + outcome.label().toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    public Integer originSchoolUrn() {
        return originSchoolUrn;
    }

    public Integer receivingSchoolUrn() {
        return receivingSchoolUrn;
    }

    public LocalDate parentConsentOn() {
        return parentConsentOn;
    }

    public LocalDate receivingSchoolConsentOn() {
        return receivingSchoolConsentOn;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate decisionDue() {
        return decisionDue;
    }

    public String plan() {
        return plan;
    }
}
