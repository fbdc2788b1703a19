package org.pupilsupport.core.privacy.subjectaccess;

import java.util.List;

/**
 * What a zip written by {@link PackArchiveWriter} holds besides its {@code pack.json}, for the request's record of
 * exactly what was released.
 *
 * @param files in the pack's order
 */
public record PackArchive(List<ArchivedFile> files) {

    /**
     * One released file as it went into the zip.
     *
     * @param key    the {@link PackFile#key()} it was written from
     * @param path   inside the zip, e.g. {@code files/1-school-report.pdf}
     * @param size   bytes written
     * @param sha256 of those bytes, in lower-case hex
     */
    public record ArchivedFile(String key, String path, long size, String sha256) {
    }

    public PackArchive {
        files = PackChecks.listOf(files, "An archive's files");
    }
}
