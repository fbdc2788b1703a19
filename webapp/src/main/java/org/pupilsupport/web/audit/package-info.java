/** The audit viewer, for auditors and data protection officers of the acting borough. */
package org.pupilsupport.web.audit;
