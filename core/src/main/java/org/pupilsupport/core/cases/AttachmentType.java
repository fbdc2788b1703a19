package org.pupilsupport.core.cases;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an officer may attach to a case: letters, reports and photographs of documents. A file
 * is accepted only when its name's extension and its first bytes agree, so a script renamed to .pdf is
 * refused, and it is always served back as a download with the type decided here, never the browser's.
 */
public enum AttachmentType {
    PDF("pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    WORD("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4}),
    EXCEL("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4}),
    TEXT("txt", "text/plain; charset=UTF-8", null);

    /** Large enough for a scanned report, small enough that one upload cannot fill the disk. */
    public static final int LARGEST_BYTES = 10 * 1024 * 1024;

    private final String extension;
    private final String contentType;
    private final byte[] signature;

    AttachmentType(String extension, String contentType, byte[] signature) {
        this.extension = extension;
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /** The extensions officers are told about, e.g. in the upload field. */
    public static String acceptedExtensions() {
        return ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt";
    }

    /**
     * The type of an uploaded file from its name and content.
     *
     * @throws IllegalArgumentException saying what is accepted, when the file is empty, too large, of another kind,
     *                                  or its content does not match its name
     */
    public static AttachmentType of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("The file is empty");
        }
        if (content.length > LARGEST_BYTES) {
            throw new IllegalArgumentException("Files can be at most " + LARGEST_BYTES / (1024 * 1024) + " MB; this one is "
                    + String.format(Locale.ROOT, "%.1f", content.length / (1024.0 * 1024.0)) + " MB");
        }
        AttachmentType type = byExtension(fileName).orElseThrow(() -> new IllegalArgumentException(
                "Attach a PDF, Word (.docx), Excel (.xlsx), text file or a PNG or JPEG picture"));
        if (!type.matches(content)) {
            throw new IllegalArgumentException("The file's content is not a " + type.extension.toUpperCase(Locale.ROOT)
                    + " file, though its name says so");
        }
        return type;
    }

    private static Optional<AttachmentType> byExtension(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (extension.equals("jpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (signature == null) {
            return isUtf8TextWithoutNulls(content);
        }
        return content.length >= signature.length && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }

    private static boolean isUtf8TextWithoutNulls(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notText) {
            return false;
        }
    }
}
