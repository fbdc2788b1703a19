package org.pupilsupport.core.children.ctf;

/**
 * A pupil's names as a Common Transfer File gives them. Whitespace is tidied (runs of spaces become one);
 * spelling and capitals are left exactly as the school recorded them. Each part is null when not given.
 *
 * @param legalSurname      element {@code Surname}: the legal surname, required for import
 * @param legalForename     element {@code Forename}: the legal forename, required for import
 * @param middleNames       element {@code MiddleNames}
 * @param preferredSurname  element {@code PreferredSurname}, the name the pupil is known by
 * @param preferredForename element {@code PreferredForename}
 * @param formerSurname     element {@code FormerSurname}, useful when matching a child already known
 */
public record CtfPupilNames(
        String legalSurname,
        String legalForename,
        String middleNames,
        String preferredSurname,
        String preferredForename,
        String formerSurname) {
}
