package org.pupilsupport.core.children;

import java.time.Instant;

/** A team a child is allocated to, for showing on screen. */
public record TeamAllocation(String teamId, String teamName, Instant allocatedAt, String allocatedBy) {
}
