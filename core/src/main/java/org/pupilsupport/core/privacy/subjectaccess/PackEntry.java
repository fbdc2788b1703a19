package org.pupilsupport.core.privacy.subjectaccess;

/**
 * One item of a section as released: a contact, a note, a decision, or a statement that something was withheld and
 * on what ground.
 *
 * @param key   stable within its section, for software that compares two packs
 * @param label what the item is, for people (e.g. "Contact on 3 March 2026 by telephone")
 * @param text  the item's words, as long and with as many lines as they were written; may be empty
 */
public record PackEntry(String key, String label, String text) {

    public PackEntry {
        key = PackChecks.required(key, "An entry needs a key");
        label = PackChecks.required(label, "An entry needs a label");
        if (text == null) {
            throw new IllegalArgumentException("An entry's text cannot be null: give an empty text for an item without words");
        }
    }
}
