/**
 * Teams of officers within a borough. A child allocated to a team is known to its members, who may open
 * the child's full record without giving a reason (need to know).
 */
package org.pupilsupport.core.teams;
