package org.pupilsupport.core.children;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A UPN or surname the child used to have, and until when. Kept so that a search by an old identifier
 * (a temporary UPN on an old CTF, a surname before a change of name) still finds the child.
 */
@Embeddable
public class FormerIdentifier {

    @Column(name = "VALUE", nullable = false, length = 100)
    private String value;

    @Column(name = "UNTIL_DATE", nullable = false)
    private LocalDate untilDate;

    protected FormerIdentifier() {
        // for JPA
    }

    FormerIdentifier(String value, LocalDate until) {
        this.value = value;
        this.untilDate = until;
    }

    public String value() {
        return value;
    }

    public LocalDate until() {
        return untilDate;
    }
}
