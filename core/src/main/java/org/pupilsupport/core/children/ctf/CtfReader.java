package org.pupilsupport.core.children.ctf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.pupilsupport.core.children.ctf.CtfFileRejectedException.Reason;

/**
 * Reads a Common Transfer File as it streams in: the header first, then one pupil at a time, so a whole
 * school's file never sits in memory. Safe to give any upload: a file that could attack an XML reader
 * (document type, entities, expansion bombs), that is too big or too deeply nested, or that is not a CTF
 * of a version Pupil Support reads is refused with a message for the officer.
 *
 * <p>A reader holds only its limits, so one instance can serve many uploads at once.
 */
public final class CtfReader {

    /** The CTF major versions Pupil Support reads: the current one and the one before, which schools still send. */
    public static final Set<Integer> SUPPORTED_MAJOR_VERSIONS = Set.of(24, 25);

    private static final String ROOT_ELEMENT = "CTfile";

    private final CtfReadingLimits limits;

    /** A reader with {@link CtfReadingLimits#DEFAULT the default limits}. */
    public CtfReader() {
        this(CtfReadingLimits.DEFAULT);
    }

    public CtfReader(CtfReadingLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads the whole file, handing each pupil to {@code eachPupil} as soon as it has been read. The header is
     * read and its version checked before any pupil is delivered.
     *
     * <p>The whole file is only known to be sound when this method returns: a file cut short or damaged
     * after some pupils fails after those pupils were delivered, so callers that import must collect the
     * pupils and discard them all if this throws. The stream is read, not closed: it belongs to the caller.
     *
     * @param file      the uploaded file's bytes
     * @param eachPupil receives every pupil in file order, including rejected ones with their problems
     * @return the file's header
     * @throws CtfFileRejectedException if the file cannot be read as a CTF; its message is for the officer
     * @throws IOException              if reading the stream itself failed (a server problem, not the file's)
     */
    public CtfHeader read(InputStream file, Consumer<? super CtfPupil> eachPupil)
            throws CtfFileRejectedException, IOException {
        Objects.requireNonNull(eachPupil, "eachPupil");
        return walk(file, eachPupil, true);
    }

    /**
     * Reads only the header, stopping there, to show which school sent the file before reading its pupils.
     * Says nothing about whether the rest of the file is sound.
     *
     * @throws CtfFileRejectedException if the file is not a CTF of a supported version
     * @throws IOException              if reading the stream itself failed
     */
    public CtfHeader readHeader(InputStream file) throws CtfFileRejectedException, IOException {
        return walk(file, pupil -> { }, false);
    }

    /** "24 and 25", for messages. */
    static String supportedVersionsInWords() {
        String all = SUPPORTED_MAJOR_VERSIONS.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " and " + all.substring(last + 2);
    }

    private CtfHeader walk(InputStream file, Consumer<? super CtfPupil> eachPupil, boolean readPupils)
            throws CtfFileRejectedException, IOException {
        Objects.requireNonNull(file, "file");
        try (XmlCursor cursor = XmlCursor.open(file, limits)) {
            String root = cursor.moveToRootElement();
            if (!ROOT_ELEMENT.equalsIgnoreCase(root)) {
                throw new CtfFileRejectedException(Reason.NOT_A_CTF, cursor.line(),
                        "This XML file is not a Common Transfer File: it starts with <" + root + "> (line "
                                + cursor.line() + "), where a CTF starts with <" + ROOT_ELEMENT + ">. Check that "
                                + "the CTF was chosen rather than another export.");
            }
            CtfElementReader elements = new CtfElementReader(cursor, limits);
            CtfHeader header = null;
            while (cursor.nextChild()) {
                switch (cursor.elementKey()) {
                    case "header" -> {
                        if (header != null) {
                            // a repeated header cannot change what was already checked; it is not read
                            cursor.skipElement();
                        } else {
                            header = elements.readHeader();
                            if (!readPupils) {
                                return header;
                            }
                        }
                    }
                    case "ctfpupildata" -> {
                        if (header == null) {
                            throw noHeader(cursor.line());
                        }
                        readPupils(cursor, elements, eachPupil);
                    }
                    default -> cursor.skipElement();
                }
            }
            if (header == null) {
                throw noHeader(cursor.line());
            }
            cursor.readToEnd();
            return header;
        }
    }

    private static void readPupils(XmlCursor cursor, CtfElementReader elements, Consumer<? super CtfPupil> eachPupil)
            throws CtfFileRejectedException, IOException {
        while (cursor.nextChild()) {
            if (cursor.elementKey().equals("pupil")) {
                eachPupil.accept(elements.readPupil());
            } else {
                cursor.skipElement();
            }
        }
    }

    private static CtfFileRejectedException noHeader(int line) {
        return new CtfFileRejectedException(Reason.NO_HEADER, line,
                "This file has no header before its pupils (checked up to line " + line + "), so its version and "
                        + "sending school are unknown and it cannot be read safely. Ask the sending school to export "
                        + "the CTF again.");
    }
}
