package org.pupilsupport.core.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a school may delete a missing child under ground (i) of the School Attendance (Pupil Registration)
 * (England) Regulations 2024, reg 9(1)(i), condition by condition. The ground needs all four:
 * <ol>
 * <li>absence for a continuous period of at least 20 school days (the 20th school day, counted on the school's
 * calendar, is the earliest date a deletion may happen, not a date by which enquiries must be done);</li>
 * <li>every session of it recorded with code G, N or O (reg 10, Table 3);</li>
 * <li>no reasonable grounds to believe the pupil is unable to attend through sickness or unavoidable cause;</li>
 * <li>the school and the local authority have jointly made reasonable enquiries and failed to establish where the
 * child is: an enquiry that found the child defeats the ground.</li>
 * </ol>
 * Enquiries start as soon as the case does. The advice never suggests deletion while any condition is pending.
 */
public record GroundIAdvice(LocalDate earliestDeletion, String calendar, List<Condition> conditions, LocalDate asOf) {

    /** One condition of the ground and what the record shows of it. */
    public record Condition(String requirement, Status status, String shown) {
    }

    /** PENDING: not known yet, or (the 20 days) not reached yet; NOT_MET: the record shows the condition fails. */
    public enum Status {
        MET, NOT_MET, PENDING
    }

    public GroundIAdvice {
        conditions = List.copyOf(conditions);
    }

    /** Every condition met, on or after the 20th school day: the school may delete under ground (i). */
    public boolean deletionMayBeMade() {
        return conditions.stream().allMatch(condition -> condition.status() == Status.MET);
    }

    /** A condition that cannot be met (other codes, a reason to think the child ill, the child found). */
    public boolean defeated() {
        return conditions.stream().anyMatch(condition -> condition.status() == Status.NOT_MET);
    }

    /** Neither: the officer still has facts to establish. */
    public boolean open() {
        return !deletionMayBeMade() && !defeated();
    }

    /** What the officer reads first. */
    public String headline() {
        if (deletionMayBeMade()) {
            return "Every condition of ground (i) is met: the school may delete the child's name under ground (i).";
        }
        if (defeated()) {
            return "Ground (i) cannot be used: a condition is not met. The school may not delete the child under it.";
        }
        return "Ground (i) is not met yet: the school may not delete the child under it. Keep making enquiries with the school now;"
                + " the 20th school day is only the earliest date a deletion could happen.";
    }
}
