package org.pupilsupport.core.cases;

import java.time.Instant;

/** One dated line of a child's timeline: something that happened on one of the child's cases. */
public record TimelineEntry(Instant when, CaseReference reference, String what, String by) {
}
