package org.pupilsupport.core.children.ctf;

import java.util.Objects;

/**
 * A telephone number from a Common Transfer File ({@code Phones/Phone}).
 *
 * @param type   element {@code TelephoneType} in upper case (such as H home, W work, M mobile), or null
 * @param number element {@code PhoneNo}, as written
 */
public record CtfPhone(String type, String number) {

    public CtfPhone {
        Objects.requireNonNull(number, "number");
    }
}
