/**
 * Refusing a command with every problem at once: each check runs, and what it refuses is kept under the name
 * of the command's field, so a screen can show all of them beside their fields instead of one per save.
 */
package org.pupilsupport.core.validation;
