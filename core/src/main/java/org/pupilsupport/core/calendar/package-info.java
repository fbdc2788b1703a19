/**
 * School-day arithmetic for statutory deadlines, using the acting borough's calendar from its plugin and
 * falling back, visibly, to a baseline of weekdays less English bank holidays.
 */
package org.pupilsupport.core.calendar;
