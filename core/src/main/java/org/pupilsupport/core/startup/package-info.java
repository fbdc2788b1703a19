/**
 * Start-up of the application: installation settings, borough configuration, schema migrations, plugins
 * and, in demo mode only, demo data. Any failure stops the application from starting.
 */
package org.pupilsupport.core.startup;
