/**
 * The Royal Borough of Kingston upon Thames (LA 314)'s borough rules: its school calendar from the term dates file beside this package.
 */
package org.pupilsupport.plugin.kingston;
