package org.pupilsupport.core.privacy.subjectaccess;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's stream, handed to a library that closes what it is given (a zip stream, a JSON generator): closing
 * this only flushes, so the caller can still finish a response or write a second part after the pack.
 */
final class KeptOpenOutputStream extends FilterOutputStream {

    KeptOpenOutputStream(OutputStream callers) {
        super(callers);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        // FilterOutputStream would pass these on one byte at a time
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
