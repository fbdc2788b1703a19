/**
 * Loading and refreshing the school register from a GIAS ("Get Information about Schools") establishment
 * extract: the DfE's CSV of every establishment in England, one row each, in Windows-1252.
 * {@link org.pupilsupport.core.schools.gias.GiasExtractReader} reads the file a row at a time;
 * {@link org.pupilsupport.core.schools.gias.SchoolRegisterRefresh} applies it to the register in batches
 * and reports what changed.
 */
package org.pupilsupport.core.schools.gias;
