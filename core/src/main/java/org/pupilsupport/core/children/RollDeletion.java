package org.pupilsupport.core.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A school's deletion of the child from its admission register, as its return told the authority (School
 * Attendance (Pupil Registration) (England) Regulations 2024, reg 13): the ground, the date of deletion, the
 * parents the child lives with and how to reach them, and where the child went if known. Kept on the child
 * whatever the ground, so that a transfer or a death is on record without being counted as a child missing
 * education, and so that officers can see whether the school told the authority in time: a return is due as
 * soon as the ground is met and no later than the deletion itself.
 */
@Embeddable
public class RollDeletion {

    static final int LONGEST_TEXT = 200;

    @Column(name = "SCHOOL_URN", nullable = false)
    private int schoolUrn;

    /** A code of the reference set {@code deletion-ground}. */
    @Column(name = "GROUND", nullable = false, length = 2)
    private String ground;

    @Column(name = "DELETED_ON", nullable = false)
    private LocalDate deletedOn;

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "DESTINATION_LA", length = 3)
    private String destinationLaCode;

    @Column(name = "NEW_SCHOOL_URN")
    private Integer newSchoolUrn;

    @Column(name = "NEW_ADDRESS", length = LONGEST_TEXT)
    private String newAddress;

    @Column(name = "PARENT1_NAME", length = LONGEST_TEXT)
    private String firstParentName;

    @Column(name = "PARENT1_ADDRESS", length = LONGEST_TEXT)
    private String firstParentAddress;

    @Column(name = "PARENT1_PHONE", length = 40)
    private String firstParentPhone;

    @Column(name = "PARENT2_NAME", length = LONGEST_TEXT)
    private String secondParentName;

    @Column(name = "PARENT2_ADDRESS", length = LONGEST_TEXT)
    private String secondParentAddress;

    @Column(name = "PARENT2_PHONE", length = 40)
    private String secondParentPhone;

    /** What the service did with it, in words: the case opened, or why none was. */
    @Column(name = "HANDLED_AS", nullable = false, length = LONGEST_TEXT)
    private String handledAs;

    protected RollDeletion() {
        // for JPA
    }

    /** A parent the child lives with, as the return gives them; each needs a way to be reached. */
    public record Parent(String name, String address, String phone) {
    }

    /**
     * @param parents one for each parent the child lives with: one or two
     */
    public RollDeletion(int schoolUrn, String ground, LocalDate deletedOn, LocalDate receivedOn, List<Parent> parents, String destinationLaCode,
                        Integer newSchoolUrn, String newAddress, String handledAs) {
        this.schoolUrn = schoolUrn;
        this.ground = Objects.requireNonNull(ground, "ground");
        this.deletedOn = Objects.requireNonNull(deletedOn, "deleted on");
        this.receivedOn = Objects.requireNonNull(receivedOn, "received on");
        if (parents.isEmpty() || parents.size() > 2) {
            throw new IllegalArgumentException("A deletion return names one or two parents the child lives with");
        }
        this.firstParentName = parents.get(0).name();
        this.firstParentAddress = parents.get(0).address();
        this.firstParentPhone = parents.get(0).phone();
        if (parents.size() == 2) {
            this.secondParentName = parents.get(1).name();
            this.secondParentAddress = parents.get(1).address();
            this.secondParentPhone = parents.get(1).phone();
        }
        this.destinationLaCode = destinationLaCode;
        this.newSchoolUrn = newSchoolUrn;
        this.newAddress = newAddress;
        this.handledAs = Objects.requireNonNull(handledAs, "handled as");
    }

    public int schoolUrn() {
        return schoolUrn;
    }

    public String ground() {
        return ground;
    }

    public LocalDate deletedOn() {
        return deletedOn;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    /** Whether the school told the authority no later than the deletion (reg 13). */
    public boolean toldInTime() {
        return !receivedOn.isAfter(deletedOn);
    }

    public List<Parent> parents() {
        List<Parent> parents = new ArrayList<>();
        parents.add(new Parent(firstParentName, firstParentAddress, firstParentPhone));
        if (secondParentName != null) {
            parents.add(new Parent(secondParentName, secondParentAddress, secondParentPhone));
        }
        return parents;
    }

    public String destinationLaCode() {
        return destinationLaCode;
    }

    public Integer newSchoolUrn() {
        return newSchoolUrn;
    }

    public String newAddress() {
        return newAddress;
    }

    public String handledAs() {
        return handledAs;
    }
}
