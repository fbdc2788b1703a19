/** Time as the service reads it: London dates. */
package org.pupilsupport.core.time;
