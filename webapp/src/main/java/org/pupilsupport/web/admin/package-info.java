/** Borough administrators' pages: the borough's user accounts and teams. */
package org.pupilsupport.web.admin;
