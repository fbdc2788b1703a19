package org.pupilsupport.core.cases;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.pupilsupport.core.validation.FieldProblems;

/** A formal review held on a case (a reduced timetable with pupil and parents, a health-needs placement...). */
@Embeddable
public class CaseReview {

    static final int LONGEST_NOTE = 2000;

    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;

    @Column(name = "NOTE", nullable = false, length = LONGEST_NOTE)
    private String note;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    private String recordedBy;

    protected CaseReview() {
        // for JPA
    }

    CaseReview(LocalDate heldOn, String note, String recordedBy, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        this.heldOn = problems.check("heldOn", () -> {
            Text.present(heldOn, "Enter the date the review was held");
            if (heldOn.isAfter(today)) {
                throw new IllegalArgumentException("Record a review once it has been held");
            }
            return heldOn;
        });
        this.note = problems.check("note", () -> Text.required(note, "what the review decided", LONGEST_NOTE));
        problems.throwIfAny();
        this.recordedBy = recordedBy;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
