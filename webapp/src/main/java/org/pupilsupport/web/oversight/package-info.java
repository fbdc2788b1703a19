/** Oversight pages for senior officers and the data protection officer: the break-glass report. */
package org.pupilsupport.web.oversight;
