package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.pupilsupport.core.validation.FieldProblems;

/** One reasonable enquiry made on a missing-education case: to whom, when, what it found. */
@Embeddable
public class Enquiry {

    static final int LONGEST_RESULT = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private EnquiryKind kind;

    @Column(name = "MADE_ON", nullable = false)
    private LocalDate madeOn;

    @Column(name = "RESULT", nullable = false, length = LONGEST_RESULT)
    private String result;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    private String recordedBy;

    /** Whether the enquiry found where the child is; such an enquiry rules out deletion under ground (i). */
    @Column(name = "LOCATED_CHILD")
    private Boolean locatedChild;

    protected Enquiry() {
        // for JPA
    }

    Enquiry(EnquiryKind kind, LocalDate madeOn, String result, String recordedBy) {
        this(kind, madeOn, result, false, recordedBy);
    }

    /** Every field is checked before any is refused. */
    Enquiry(EnquiryKind kind, LocalDate madeOn, String result, boolean locatedChild, String recordedBy) {
        FieldProblems problems = new FieldProblems();
        problems.check("kind", () -> Text.present(kind, "Choose who was asked"));
        problems.check("madeOn", () -> Text.present(madeOn, "Enter the date of the enquiry"));
        String checkedResult = problems.check("result", () -> Text.required(result, "what the enquiry found", LONGEST_RESULT));
        problems.throwIfAny();
        this.kind = kind;
        this.madeOn = madeOn;
        this.result = checkedResult;
        this.locatedChild = locatedChild;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recorded by");
    }

    public boolean locatedChild() {
        return Boolean.TRUE.equals(locatedChild);
    }

    public EnquiryKind kind() {
        return kind;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public String result() {
        return result;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
