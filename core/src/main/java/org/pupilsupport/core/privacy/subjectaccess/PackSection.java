package org.pupilsupport.core.privacy.subjectaccess;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A part of the pack that starts on its own page: the child's record, or one case.
 *
 * @param key     stable and machine-friendly (e.g. {@code case-CME-000042}), unique in the pack
 * @param heading for people (e.g. "Case CME-000042: children missing education")
 * @param entries in the order they are to be read; each key at most once
 */
public record PackSection(String key, String heading, List<PackEntry> entries) {

    public PackSection {
        key = PackChecks.required(key, "A section needs a key");
        heading = PackChecks.required(heading, "Section " + key + " needs a heading");
        entries = PackChecks.listOf(entries, "Section " + key + "'s entries");
        Set<String> keys = new HashSet<>();
        for (PackEntry entry : entries) {
            if (!keys.add(entry.key())) {
                throw new IllegalArgumentException("Section " + key + " has two entries with the key " + entry.key());
            }
        }
    }
}
