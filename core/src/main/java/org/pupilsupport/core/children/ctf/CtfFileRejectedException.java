package org.pupilsupport.core.children.ctf;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The file as a whole cannot be read as a Common Transfer File, so nothing in it may be imported: not XML,
 * damaged or cut short, unsafe, not a CTF, or a version Pupil Support does not read. The message is written
 * for the officer who uploaded the file and says what to do next.
 *
 * <p>Checked, unlike most exceptions in Pupil Support, because every caller reading an uploaded file must
 * tell the officer why it was refused: a forgotten catch would turn a sender's mistake into an error page.
 * Pupils delivered before the failure was found must be discarded by the caller.
 */
public class CtfFileRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file was rejected, for callers and tests that act on the kind rather than the wording. */
    public enum Reason {
        /** The file has no content. */
        EMPTY,
        /** The file is not XML at all (a spreadsheet, a PDF, a renamed file). */
        NOT_XML,
        /** The file starts as XML but is damaged or cut short. */
        MALFORMED_XML,
        /** The file declares a document type or uses entities, as attacks on XML readers do. */
        UNSAFE_XML,
        /** The file is bigger than the configured limit. */
        TOO_LARGE,
        /** Elements are nested far deeper than any CTF, as in a file built to exhaust memory. */
        TOO_DEEPLY_NESTED,
        /** Well-formed XML whose top element is not {@code CTfile}. */
        NOT_A_CTF,
        /** No {@code Header} before the pupils. */
        NO_HEADER,
        /** The header gives no version, or one Pupil Support does not read. */
        UNSUPPORTED_VERSION
    }

    private final Reason reason;
    private final int line;

    /** @param line the line where the problem was found, or 0 when not known */
    public CtfFileRejectedException(Reason reason, int line, String message) {
        this(reason, line, message, null);
    }

    /** @param cause the parser's own, technical, explanation: for the log, not the officer */
    public CtfFileRejectedException(Reason reason, int line, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.line = Math.max(line, 0);
    }

    public Reason reason() {
        return reason;
    }

    /** The line of the file where the problem was found, when known. */
    public OptionalInt line() {
        return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }
}
