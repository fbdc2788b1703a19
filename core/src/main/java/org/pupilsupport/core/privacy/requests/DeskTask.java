package org.pupilsupport.core.privacy.requests;

import java.time.LocalDate;

/** One dated duty on the DPO's day: a response, an acknowledgement or an extension notice falling due. */
public record DeskTask(String reference, RequestKind kind, String duty, LocalDate dueOn, boolean overdue) {
}
