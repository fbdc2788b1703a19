package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.pupilsupport.core.validation.FieldProblems;

/**
 * One action of a support plan (a pupil at risk of exclusion) or a follow-up agreed with a school
 * (consultancy): what, who owns it, when it is reviewed, and when it was done.
 */
@Embeddable
public class PlanAction {

    static final int LONGEST_TEXT = 500;

    @Column(name = "ACTION_ID", nullable = false, length = 36)
    private String actionId;

    @Column(name = "DESCRIPTION", nullable = false, length = LONGEST_TEXT)
    private String description;

    @Column(name = "OWNER", nullable = false, length = 200)
    private String owner;

    @Column(name = "REVIEW_BY", nullable = false)
    private LocalDate reviewBy;

    @Column(name = "DONE_ON")
    private LocalDate doneOn;

    protected PlanAction() {
        // for JPA
    }

    /** Every field is checked before any is refused. */
    PlanAction(String description, String owner, LocalDate reviewBy, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        String checkedDescription = problems.check("description", () -> Text.required(description, "the action", LONGEST_TEXT));
        String checkedOwner = problems.check("owner", () -> Text.required(owner, "who owns the action", 200));
        problems.check("reviewBy", () -> {
            Text.present(reviewBy, "Enter the date the action is reviewed by");
            if (reviewBy.isBefore(today)) {
                throw new IllegalArgumentException("A new action's review date cannot be in the past");
            }
        });
        problems.throwIfAny();
        this.actionId = UUID.randomUUID().toString();
        this.description = checkedDescription;
        this.owner = checkedOwner;
        this.reviewBy = reviewBy;
    }

    void markDone(LocalDate on) {
        if (doneOn != null) {
            throw new IllegalArgumentException("That action was already done on " + doneOn);
        }
        this.doneOn = on;
    }

    public String actionId() {
        return actionId;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate reviewBy() {
        return reviewBy;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public boolean done() {
        return doneOn != null;
    }
}
