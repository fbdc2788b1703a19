package org.pupilsupport.core.children.ctf;

/**
 * A school as a Common Transfer File names it: in the header (the sending and the receiving school) and in
 * a pupil's school history. Every part is as written in the file, or null when the file leaves it out.
 *
 * <p>The LA code and establishment number are kept as text, not checked as numbers: a CTF for a pupil whose
 * next school is unknown names a placeholder destination (such as the DfE's lost-pupil area) rather than a
 * real school, and matching these against the schools register is the caller's job.
 *
 * @param laCode              the 3-character local authority code (element {@code LEA})
 * @param establishmentNumber the 4-character DfE establishment number (element {@code Estab})
 * @param urn                 the unique reference number, when given
 * @param name                the school's name, when given
 */
public record CtfEstablishment(String laCode, String establishmentNumber, String urn, String name) {

    /** "314/2005 Riverside Primary School", for messages and logs. */
    public String describe() {
        String number = (laCode == null ? "?" : laCode) + "/" + (establishmentNumber == null ? "?" : establishmentNumber);
        return name == null ? number : number + " " + name;
    }
}
