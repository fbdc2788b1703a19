/**
 * Casework: one {@link org.pupilsupport.core.cases.Case} per child and service area (children missing
 * education, suspensions and exclusions, reduced timetables, health needs and the rest), with its contacts,
 * its history and the deadlines that become officers' tasks. Statutory deadlines are computed here in school
 * days on the acting borough's calendar; local protocols come from the borough's plugin
 * ({@link org.pupilsupport.plugin.api.CaseProtocolExtension}).
 */
package org.pupilsupport.core.cases;
