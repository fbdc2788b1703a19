/** Schools: finding a school and its children in the acting borough, and refreshing the register from GIAS. */
package org.pupilsupport.web.schools;
