/**
 * Sign-in with Jakarta Security (a custom form on the login page, officers' accounts from the database),
 * the officer's session and acting borough, and the filter that hands the acting borough to the core.
 */
package org.pupilsupport.web.security;
