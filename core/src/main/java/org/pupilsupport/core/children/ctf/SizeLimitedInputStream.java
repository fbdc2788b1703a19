package org.pupilsupport.core.children.ctf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes the XML parser pulls and fails once there are more than allowed, so that an oversized
 * upload is refused while it is being read rather than after it has cost its full size in time.
 */
final class SizeLimitedInputStream extends FilterInputStream {

    /** Thrown through the parser, which wraps it; {@link #limitExceeded()} tells the reader why it failed. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException(long limit) {
            super("More than " + limit + " bytes");
        }
    }

    private final long maxBytes;
    private long bytesRead;
    private boolean limitExceeded;

    SizeLimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    /** Marking would let the parser re-read bytes without counting them twice; it has no need to. */
    @Override
    public boolean markSupported() {
        return false;
    }

    /** The caller owns the upload's stream; reading a CTF never closes it. */
    @Override
    public void close() {
        // deliberately left open
    }

    private void counted(long n) throws LimitExceededException {
        bytesRead += n;
        if (bytesRead > maxBytes) {
            limitExceeded = true;
            throw new LimitExceededException(maxBytes);
        }
    }

    long bytesRead() {
        return bytesRead;
    }

    boolean limitExceeded() {
        return limitExceeded;
    }
}
