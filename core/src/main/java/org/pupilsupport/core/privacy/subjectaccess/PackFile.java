package org.pupilsupport.core.privacy.subjectaccess;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file released with the pack, such as a letter or a school's report. Files can run to several megabytes, so the
 * pack holds a way to open one rather than its bytes, and each writer reads it once, as a stream.
 *
 * @param key         stable and unique in the pack, for software that compares two packs
 * @param fileName    the name it was uploaded under, which may be anything a user typed
 * @param size        in bytes; a writer that reads a different number refuses to finish the pack
 * @param content     opened afresh by each writer, which closes what it opened
 */
public record PackFile(String key, String fileName, String contentType, long size, Source content) {

    /** Where a file's bytes come from: a stored attachment, typically. */
    @FunctionalInterface
    public interface Source {

        /** A new stream over the whole file, from its first byte; the caller closes it. */
        InputStream open() throws IOException;
    }

    public PackFile {
        key = PackChecks.required(key, "A file needs a key");
        fileName = PackChecks.required(fileName, "File " + key + " needs a name");
        contentType = PackChecks.required(contentType, "File " + key + " needs a content type");
        if (size < 0) {
            throw new IllegalArgumentException("File " + key + " cannot have a negative size");
        }
        if (content == null) {
            throw new IllegalArgumentException("File " + key + " needs a source for its content");
        }
    }
}
