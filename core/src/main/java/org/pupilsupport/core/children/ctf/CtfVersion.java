package org.pupilsupport.core.children.ctf;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CTF version a file declares in its header ({@code CTFversion}, such as "25.0"). Only the major number
 * decides whether Pupil Support can read the file: the DfE raises it whenever the file's content changes.
 *
 * @param asWritten the version as the file writes it, for messages
 * @param major     the number before the point
 */
public record CtfVersion(String asWritten, int major) {

    private static final Pattern VERSION = Pattern.compile("(\\d{1,3})(?:\\.\\d{1,3})?");

    public CtfVersion {
        Objects.requireNonNull(asWritten, "asWritten");
        if (major < 1) {
            throw new IllegalArgumentException("A CTF version number starts at 1; got " + major);
        }
    }

    /** Reads "25.0" or "25"; empty when the text is not a version number at all. */
    public static Optional<CtfVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = VERSION.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(matcher.group(1));
        return major < 1 ? Optional.empty() : Optional.of(new CtfVersion(text.strip(), major));
    }

    @Override
    public String toString() {
        return asWritten;
    }
}
