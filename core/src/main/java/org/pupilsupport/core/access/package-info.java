/**
 * Who may do what: the permissions each role grants ({@link org.pupilsupport.core.access.RoleMatrix}),
 * their enforcement on every application-service method ({@link org.pupilsupport.core.access.Requires}),
 * and need to know: a child's full record opens for the teams the child is known to, and for anyone else
 * only with a stated, recorded reason (break-glass).
 */
package org.pupilsupport.core.access;
