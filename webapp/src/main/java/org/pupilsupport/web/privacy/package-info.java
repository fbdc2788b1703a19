/** The data protection officer's screens: erasing a child's record and keeping records under legal hold. */
package org.pupilsupport.web.privacy;
