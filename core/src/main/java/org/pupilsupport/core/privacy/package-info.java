/**
 * The service's duties to the people its records are about: erasing a child's record (on a granted request or at
 * the end of its retention period) so that nothing of the child remains but tombstones, and legal holds that stop
 * erasure while litigation, a complaint or a safeguarding enquiry needs the record.
 */
package org.pupilsupport.core.privacy;
