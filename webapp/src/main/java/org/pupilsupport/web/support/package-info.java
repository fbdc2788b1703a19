/** Small helpers shared by the backing beans. */
package org.pupilsupport.web.support;
