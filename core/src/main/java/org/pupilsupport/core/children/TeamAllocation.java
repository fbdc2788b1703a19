package org.pupilsupport.core.children;

import java.time.Instant;

/**
 * A team a child is allocated to, for showing on screen.
 *
 * @param allocatedByName the allocating officer's name, or their username if the account is gone
 */
public record TeamAllocation(String teamId, String teamName, Instant allocatedAt, String allocatedBy, String allocatedByName) {
}
