package org.pupilsupport.core.children.ctf;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.pupilsupport.core.children.ctf.CtfFileRejectedException.Reason;

/**
 * Walks an uploaded XML file one element at a time, refusing anything that could be used to attack the
 * server: a document type declaration (the door to external entities and entity-expansion bombs), an entity
 * reference, a file over the size limit, and nesting deeper than any CTF. Knows nothing of CTF elements; it
 * gives {@link CtfElementReader} child elements, their text and a way to skip a subtree unread.
 *
 * <p>The JDK's own StAX parser is used on purpose ({@link XMLInputFactory#newDefaultFactory()}), not whatever
 * implementation the application server offers: its behaviour with document types switched off is the one
 * the tests prove. With {@code SUPPORT_DTD} false it still reports a DOCTYPE as a {@code DTD} event and an
 * unknown entity as an {@code ENTITY_REFERENCE} event, silently and without expanding either. Rejecting
 * those events explicitly makes the refusal visible to the officer instead of relying on silence.
 */
final class XmlCursor implements AutoCloseable {

    private final XMLStreamReader xml;
    private final SizeLimitedInputStream source;
    private final CtfReadingLimits limits;
    private int depth;
    private boolean rootSeen;

    private XmlCursor(XMLStreamReader xml, SizeLimitedInputStream source, CtfReadingLimits limits) {
        this.xml = xml;
        this.source = source;
        this.limits = limits;
    }

    /** The value of one text-only element, or why it could not be kept. */
    record Text(String value, int line, boolean tooLong, boolean holdsElements) {
    }

    static XmlCursor open(InputStream file, CtfReadingLimits limits) throws CtfFileRejectedException, IOException {
        SizeLimitedInputStream source = new SizeLimitedInputStream(file, limits.maxFileBytes());
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Never consulted while document types are off. With them on, the JDK parser asks it for every
        // external definition and entity, so even a future change of the flags above could not make the
        // server open a file or URL named by an upload.
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are never fetched: " + systemId);
        });
        try {
            return new XmlCursor(factory.createXMLStreamReader(source), source, limits);
        } catch (XMLStreamException e) {
            // the parser reads the XML declaration straight away, so an empty or non-XML file can fail here
            throw rejection(e, source, limits, false);
        }
    }

    /**
     * Moves to the top element of the document and returns its name.
     *
     * @throws CtfFileRejectedException if the file is empty, not XML or unsafe
     */
    String moveToRootElement() throws CtfFileRejectedException, IOException {
        while (true) {
            int event = next();
            if (event == START_ELEMENT) {
                rootSeen = true;
                return xml.getLocalName();
            }
            if (event == END_DOCUMENT) {
                throw new CtfFileRejectedException(Reason.NOT_XML, line(),
                        "This file holds no XML elements, so it cannot be a Common Transfer File. "
                                + "Check that the CTF exported from the school's system was chosen.");
            }
        }
    }

    /**
     * Moves to the next child element of the element the cursor is in, skipping text and comments between
     * elements. Call it at the start tag of the parent or at the end tag of the previous child.
     *
     * @return false at the parent's end tag, where the cursor then stands
     */
    boolean nextChild() throws CtfFileRejectedException, IOException {
        while (true) {
            int event = next();
            if (event == START_ELEMENT) {
                return true;
            }
            if (event == END_ELEMENT) {
                return false;
            }
        }
    }

    /** The current element's name without any namespace prefix, in lower case, to match tolerantly. */
    String elementKey() {
        return xml.getLocalName().toLowerCase(Locale.ROOT);
    }

    /** The current element's name as written, for messages. */
    String elementName() {
        return xml.getLocalName();
    }

    /** The line the parser has reached: at a start tag, the line the tag ends on. */
    int line() {
        Location location = xml.getLocation();
        return location == null ? 0 : Math.max(location.getLineNumber(), 0);
    }

    /**
     * Reads the text of the current element up to its end tag. Text beyond the length limit is read but not
     * kept, so a hostile value costs no memory; child elements are skipped unread.
     */
    Text text() throws CtfFileRejectedException, IOException {
        int line = line();
        StringBuilder value = new StringBuilder();
        boolean tooLong = false;
        boolean holdsElements = false;
        while (true) {
            int event = next();
            if (event == CHARACTERS || event == CDATA || event == SPACE) {
                int length = xml.getTextLength();
                if (!tooLong && value.length() + length > limits.maxTextLength()) {
                    tooLong = true;
                    value.setLength(0);
                }
                if (!tooLong) {
                    value.append(xml.getTextCharacters(), xml.getTextStart(), length);
                }
            } else if (event == START_ELEMENT) {
                holdsElements = true;
                skipElement();
            } else if (event == END_ELEMENT) {
                return new Text(tooLong ? null : value.toString(), line, tooLong, holdsElements);
            }
        }
    }

    /** Skips the current element and everything inside it, keeping nothing; stops at its end tag. */
    void skipElement() throws CtfFileRejectedException, IOException {
        int open = 1;
        while (open > 0) {
            int event = next();
            if (event == START_ELEMENT) {
                open++;
            } else if (event == END_ELEMENT) {
                open--;
            }
        }
    }

    /**
     * Reads whatever follows the top element, so that a file damaged after its last pupil is still refused
     * rather than half trusted.
     */
    void readToEnd() throws CtfFileRejectedException, IOException {
        while (next() != END_DOCUMENT) {
            // comments and whitespace may follow the top element; anything else fails in next()
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the parser holds no resource of its own; the caller closes the upload's stream
        }
    }

    private int next() throws CtfFileRejectedException, IOException {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            throw rejection(e, source, limits, rootSeen);
        }
        switch (event) {
            case DTD -> throw new CtfFileRejectedException(Reason.UNSAFE_XML, line(),
                    "This file declares a document type (DOCTYPE) at line " + line() + ". Common Transfer Files never do; it was rejected "
                            + "unread, as such files can be used to attack systems. Ask the sending school to export "
                            + "the CTF again from its management information system.");
            case ENTITY_REFERENCE -> throw new CtfFileRejectedException(Reason.UNSAFE_XML, line(),
                    "This file refers to an entity (&" + xml.getLocalName() + ";) at line " + line()
                            + ". Common Transfer Files never do; it was rejected, as such references can be used "
                            + "to attack systems. Ask the sending school to export the CTF again.");
            case START_ELEMENT -> {
                depth++;
                if (depth > limits.maxDepth()) {
                    throw new CtfFileRejectedException(Reason.TOO_DEEPLY_NESTED, line(),
                            "This file nests elements more than " + limits.maxDepth() + " deep (at line " + line()
                                    + "), far deeper than any Common Transfer File; it was rejected, as such files "
                                    + "can be used to exhaust a system's memory.");
                }
            }
            case END_ELEMENT -> depth--;
            default -> {
                // text, comments and processing instructions are the caller's to use or ignore
            }
        }
        return event;
    }

    /**
     * Turns the parser's technical failure into the officer's explanation, keeping the original as the cause.
     *
     * @throws IOException when reading the upload itself failed: that is the server's problem, not the file's
     */
    private static CtfFileRejectedException rejection(XMLStreamException e, SizeLimitedInputStream source,
            CtfReadingLimits limits, boolean rootSeen) throws IOException {
        if (source.limitExceeded()) {
            return new CtfFileRejectedException(Reason.TOO_LARGE, 0,
                    "This file is larger than " + sizeInWords(limits.maxFileBytes())
                            + ", the most Pupil Support reads. A Common Transfer File for a whole school is far "
                            + "smaller: check the right file was chosen.", e);
        }
        IOException readFailure = readFailureIn(e);
        if (readFailure != null) {
            throw readFailure;
        }
        Location location = e.getLocation();
        int line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNumber(), 0);
        if (source.bytesRead() == 0) {
            return new CtfFileRejectedException(Reason.EMPTY, 0,
                    "This file is empty. Check that the CTF exported from the school's system was chosen.", e);
        }
        if (!rootSeen) {
            return new CtfFileRejectedException(Reason.NOT_XML, line,
                    "This file is not XML, so it cannot be a Common Transfer File. It may be a spreadsheet, a "
                            + "report or another export: ask the school for its CTF, an .xml file.", e);
        }
        return new CtfFileRejectedException(Reason.MALFORMED_XML, line,
                "This file is damaged or incomplete: it stops being valid XML at line " + line + ", column " + column
                        + ". It may have been cut short while being copied or uploaded. Ask the sending school to "
                        + "export the CTF again.", e);
    }

    /** The parser wraps a failure of the stream it reads; find it among the nested causes. */
    private static IOException readFailureIn(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        for (int hops = 0; cause != null && hops < 5; hops++, cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** "50 MB", or "100 KB" for a limit under a megabyte (as tests and small deployments may set). */
    private static String sizeInWords(long bytes) {
        long megabyte = 1024L * 1024;
        return bytes >= megabyte
                ? String.format(Locale.UK, "%,.0f MB", (double) bytes / megabyte)
                : String.format(Locale.UK, "%,d KB", Math.max(bytes / 1024, 1));
    }
}
