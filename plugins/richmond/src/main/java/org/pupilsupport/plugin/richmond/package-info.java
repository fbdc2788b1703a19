/**
 * The London Borough of Richmond upon Thames (LA 318)'s borough rules: its school calendar from the term dates file beside this package.
 */
package org.pupilsupport.plugin.richmond;
