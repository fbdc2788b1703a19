/**
 * The audit trail: every view and change of a child's data, written in the same transaction as what it
 * records, in one tamper-evident hash chain per borough.
 *
 * <p>Each entry carries the hash of the entry before it and its own hash over its content and sequence
 * number, so an edited, deleted or reordered row breaks the chain where it happened. Writers lock the
 * borough's chain head, so concurrent writers queue rather than fork the chain. Anchors (the head's
 * sequence number and hash, recorded from time to time) reveal a truncated tail. The database refuses
 * updates and deletes of entries and anchors.
 */
package org.pupilsupport.core.audit;
