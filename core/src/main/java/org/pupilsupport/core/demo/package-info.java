/** Invented demo data (schools, children, accounts), created only when the server runs in demo mode. */
package org.pupilsupport.core.demo;
