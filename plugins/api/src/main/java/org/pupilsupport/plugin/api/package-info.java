/**
 * The borough plugin API: what the core asks and a borough plugin answers.
 *
 * <p>A borough plugin is a PF4J plugin that compiles against this package (and PF4J) only. It never sees
 * the core's model, JPA or Faces. The core holds the statutory baseline; a plugin may tighten or add
 * borough rules, never weaken a statutory one.
 *
 * @since 1.0
 */
package org.pupilsupport.plugin.api;
