package org.pupilsupport.core.cases;

import java.time.LocalDate;

/** An officer's task as the dashboard lists it. */
public record TaskSummary(String taskId, CaseReference reference, String subject, DeadlineKind kind, String detail, LocalDate dueOn,
                          boolean overdue, String calendar) {
}
