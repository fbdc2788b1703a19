package org.pupilsupport.core.audit;

import java.util.Objects;

/**
 * What happened, as the code that did it describes it. Who, when, where from and in which request are
 * added by {@link AuditTrail} from the {@link AuditContext}.
 *
 * @param details free text such as search terms or "field: old -> new" lines; may be null
 */
public record AuditEvent(AuditAction action, String subjectType, String subjectId, AuditOutcome outcome, String reason, String details) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditEvent about(AuditAction action, String subjectType, String subjectId, AuditOutcome outcome) {
        return new AuditEvent(action, subjectType, subjectId, outcome, null, null);
    }

    public AuditEvent withDetails(String text) {
        return new AuditEvent(action, subjectType, subjectId, outcome, reason, text);
    }
}
