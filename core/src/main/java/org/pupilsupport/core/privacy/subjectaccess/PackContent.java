package org.pupilsupport.core.privacy.subjectaccess;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that goes out in answer to one subject access request, after review. Whatever a reviewer withheld is
 * already absent, replaced by an entry saying so and on what ground; the writers render this as it stands.
 *
 * @param title            e.g. "Information held about Ava Smith"
 * @param boroughName      the council that holds the information and answers the request
 * @param requestReference quoted on every page, e.g. {@code SAR-314-2026-0007}
 * @param sections         in reading order; each key at most once
 * @param files            released alongside; each key at most once
 */
public record PackContent(String title, String boroughName, String requestReference, LocalDate producedOn, List<PackSection> sections,
                          List<PackFile> files) {

    public PackContent {
        title = PackChecks.required(title, "A pack needs a title");
        boroughName = PackChecks.required(boroughName, "A pack needs the borough's name");
        requestReference = PackChecks.required(requestReference, "A pack needs the request's reference");
        if (producedOn == null) {
            throw new IllegalArgumentException("A pack needs the date it was produced");
        }
        sections = PackChecks.listOf(sections, "A pack's sections");
        files = PackChecks.listOf(files, "A pack's files");
        Set<String> sectionKeys = new HashSet<>();
        for (PackSection section : sections) {
            if (!sectionKeys.add(section.key())) {
                throw new IllegalArgumentException("The pack has two sections with the key " + section.key());
            }
        }
        Set<String> fileKeys = new HashSet<>();
        for (PackFile file : files) {
            if (!fileKeys.add(file.key())) {
                throw new IllegalArgumentException("The pack has two files with the key " + file.key());
            }
        }
    }
}
