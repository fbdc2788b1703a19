/** Casework screens: the officer's day, a case with its facts, contacts and tasks, recording a case, school notifications. */
package org.pupilsupport.web.cases;
