package org.pupilsupport.core.privacy.subjectaccess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A released file as it was actually read: how many bytes and their SHA-256. Both writers read files through here,
 * so the checksum a PDF prints and the one an archive records come from the same bytes by the same rule.
 */
record StreamedFile(long size, String sha256) {

    private static final int BUFFER_BYTES = 64 * 1024;

    /**
     * Reads the file once, in pieces, passing every byte on to {@code sink} (which stays open).
     *
     * @throws IOException also when the file's length is not the size the pack declares, since a file that changed or
     *                     was cut short since the pack was gathered is not the one the reviewer released. The message
     *                     names the file by key only: a file's name can name the child, and messages reach logs.
     */
    static StreamedFile copy(PackFile file, OutputStream sink) throws IOException {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long size = 0;
        try (InputStream in = file.content().open()) {
            if (in == null) {
                throw new IOException("File " + file.key() + " could not be opened: its source gave no stream");
            }
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                sink.write(buffer, 0, read);
                size += read;
            }
        }
        if (size != file.size()) {
            throw new IOException("File " + file.key() + " has " + size + " bytes, not the " + file.size()
                    + " the pack declares: it may have changed or been cut short since the pack was gathered");
        }
        return new StreamedFile(size, HexFormat.of().formatHex(digest.digest()));
    }

    static StreamedFile read(PackFile file) throws IOException {
        return copy(file, OutputStream.nullOutputStream());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException("This Java has no SHA-256", everyJavaHasIt);
        }
    }
}
