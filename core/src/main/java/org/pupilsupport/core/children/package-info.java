/**
 * Children known to the service: the {@link org.pupilsupport.core.children.Child} aggregate, its value
 * objects (such as the DfE unique pupil number) and the application service officers use to find and
 * record children. Every child belongs to one borough.
 */
package org.pupilsupport.core.children;
