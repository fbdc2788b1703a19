package org.pupilsupport.core.children.ctf;

import java.util.List;

/**
 * A person to contact about the pupil ({@code Contacts/Contact}): usually a parent or carer. Values are as
 * written, or null when the file leaves them out.
 *
 * @param order                  element {@code Order}: the school's priority, 1 first
 * @param title                  element {@code Title}
 * @param surname                element {@code Surname}
 * @param forename               element {@code Forename}
 * @param relationship           element {@code Relationship} in upper case, a DfE code such as PAM (mother),
 *                               PAF (father) or CAR (carer)
 * @param parentalResponsibility element {@code Responsibility}; null when not stated
 * @param livesWithPupil         element {@code LivesWith}; null when not stated
 * @param phones                 element {@code Phones}; never null
 * @param email                  element {@code Email}
 * @param address                element {@code Address}; null when not given or when the same as the pupil's
 * @param addressAsPupil         element {@code AddressAsPupil}: true when the contact lives at the pupil's address
 */
public record CtfContact(
        Integer order,
        String title,
        String surname,
        String forename,
        String relationship,
        Boolean parentalResponsibility,
        Boolean livesWithPupil,
        List<CtfPhone> phones,
        String email,
        CtfAddress address,
        boolean addressAsPupil) {

    public CtfContact {
        phones = List.copyOf(phones);
    }
}
