/**
 * The host side of the borough plugins: one PF4J plugin manager for the application, loading plugin jars
 * from a directory of the server (never from inside the WAR), and handing out their extensions by
 * plugin id.
 */
package org.pupilsupport.core.plugins;
