/**
 * The web layer: PrimeFaces pages and their view-scoped backing beans, sign-in, and the per-request hand-over
 * of the officer's acting borough to the core. Beans call the core's application services; they hold no
 * business rules and never touch an entity manager.
 */
package org.pupilsupport.web;
