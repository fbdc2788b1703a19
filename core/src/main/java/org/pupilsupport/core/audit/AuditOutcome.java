package org.pupilsupport.core.audit;

/** How an audited act ended. {@link #NOT_FOUND} is also what another borough's id gives. */
public enum AuditOutcome {
    SUCCESS,
    NOT_FOUND,
    REFUSED,
    FAILED
}
