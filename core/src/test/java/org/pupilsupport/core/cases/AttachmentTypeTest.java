package org.pupilsupport.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * What an officer may attach: the name's extension and the file's first bytes must agree, so a renamed
 * script or web page is refused; and the name kept for display is only its last part, cleaned and short.
 */
class AttachmentTypeTest {

    private static final String WHAT_IS_ACCEPTED = "Attach a PDF, Word (.docx), Excel (.xlsx), text file or a PNG or JPEG picture";

    private static final byte[] PDF = ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String refusal(String fileName, byte[] content) {
        return assertThrows(IllegalArgumentException.class, () -> AttachmentType.of(fileName, content)).getMessage();
    }

    // ---- accepted

    @Test
    void aPdfIsAcceptedByItsNameAndSignature() {
        AttachmentType type = AttachmentType.of("exclusion-letter.pdf", PDF);

        assertEquals(AttachmentType.PDF, type);
        assertEquals("application/pdf", type.contentType());
    }

    @Test
    void aPngIsAcceptedByItsEightByteSignature() {
        AttachmentType type = AttachmentType.of("timetable.png", PNG);

        assertEquals(AttachmentType.PNG, type);
        assertEquals("image/png", type.contentType());
    }

    @Test
    void aJpgIsAcceptedByItsSignature() {
        AttachmentType type = AttachmentType.of("scanned-form.jpg", JPEG);

        assertEquals(AttachmentType.JPEG, type);
        assertEquals("image/jpeg", type.contentType());
    }

    @Test
    void theLongJpegExtensionIsAJpegToo() {
        assertEquals(AttachmentType.JPEG, AttachmentType.of("photo-of-letter.jpeg", JPEG));
    }

    @Test
    void aWordDocumentIsAcceptedByItsZipSignature() {
        AttachmentType type = AttachmentType.of("support-plan.docx", ZIP);

        assertEquals(AttachmentType.WORD, type);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", type.contentType());
    }

    @Test
    void aSpreadsheetIsAcceptedByItsZipSignature() {
        AttachmentType type = AttachmentType.of("attendance.xlsx", ZIP);

        assertEquals(AttachmentType.EXCEL, type);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", type.contentType());
    }

    @Test
    void utf8TextIsAcceptedAndServedAsUtf8() {
        AttachmentType type = AttachmentType.of("notes.txt", utf8("Met Zo\u00eb and her father at the caf\u00e9 \u2014 agreed a plan\n"));

        assertEquals(AttachmentType.TEXT, type);
        assertEquals("text/plain; charset=UTF-8", type.contentType());
    }

    @Test
    void upperCaseExtensionsAreAccepted() {
        assertEquals(AttachmentType.PDF, AttachmentType.of("SCAN0001.PDF", PDF));
        assertEquals(AttachmentType.JPEG, AttachmentType.of("IMG_0042.JPEG", JPEG));
        assertEquals(AttachmentType.WORD, AttachmentType.of("Report.Docx", ZIP));
    }

    @Test
    void onlyTheLastExtensionCounts() {
        assertEquals(AttachmentType.PDF, AttachmentType.of("minutes.2026.11.pdf", PDF));
    }

    @Test
    void aFileOfExactlyTheLargestSizeIsAccepted() {
        byte[] largest = Arrays.copyOf(PDF, AttachmentType.LARGEST_BYTES);

        assertEquals(AttachmentType.PDF, AttachmentType.of("scanned-report.pdf", largest));
    }

    @Test
    void theUploadFieldListsEveryAcceptedExtension() {
        assertEquals(".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt", AttachmentType.acceptedExtensions());
    }

    // ---- refused

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("The file is empty", refusal("letter.pdf", new byte[0]));
    }

    @Test
    void aFileOneByteOverTenMegabytesIsRefused() {
        byte[] tooLarge = Arrays.copyOf(PDF, AttachmentType.LARGEST_BYTES + 1);

        String message = refusal("scanned-report.pdf", tooLarge);

        assertTrue(message.startsWith("Files can be at most 10 MB;"), message);
    }

    @Test
    void anExecutableIsRefusedSayingWhatIsAccepted() {
        assertEquals(WHAT_IS_ACCEPTED, refusal("setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0}));
    }

    @Test
    void aNameWithoutAnExtensionIsRefusedSayingWhatIsAccepted() {
        assertEquals(WHAT_IS_ACCEPTED, refusal("letter", PDF));
    }

    @Test
    void aNameEndingInADotIsRefusedSayingWhatIsAccepted() {
        assertEquals(WHAT_IS_ACCEPTED, refusal("letter.", PDF));
    }

    @Test
    void aWebPageNamedAsAPdfIsRefused() {
        assertEquals("The file's content is not a PDF file, though its name says so",
                refusal("letter.pdf", utf8("<html><script>alert(1)</script></html>")));
    }

    @Test
    void aPdfCutShorterThanItsSignatureIsRefused() {
        assertEquals("The file's content is not a PDF file, though its name says so", refusal("letter.pdf", ascii("%PDF")));
    }

    @Test
    void aJpegNamedAsAPngIsRefused() {
        assertEquals("The file's content is not a PNG file, though its name says so", refusal("photo.png", JPEG));
    }

    @Test
    void aTextFileWithANulByteIsRefused() {
        byte[] binary = {'n', 'o', 't', 'e', 's', 0, 'x'};

        assertEquals("The file's content is not a TXT file, though its name says so", refusal("notes.txt", binary));
    }

    @Test
    void aTextFileThatIsNotValidUtf8IsRefused() {
        // 0xC3 starts a two-byte sequence, and '(' cannot continue it.
        byte[] malformed = {'c', 'a', 'f', (byte) 0xc3, '('};

        assertEquals("The file's content is not a TXT file, though its name says so", refusal("notes.txt", malformed));
    }

    @Test
    void aTextFileInLatin1IsRefusedAsNotUtf8() {
        // "café" saved as Windows-1252: the lone 0xE9 is not UTF-8.
        assertEquals("The file's content is not a TXT file, though its name says so", refusal("notes.txt", ascii("caf\u00e9")));
    }

    // ---- the name kept for display

    @Test
    void aWindowsPathKeepsOnlyTheFileName() {
        assertEquals("report.pdf", CaseAttachment.displayName("C:\\Users\\x\\report.pdf"));
    }

    @Test
    void aUnixPathWithParentStepsKeepsOnlyTheLastPart() {
        assertEquals("passwd", CaseAttachment.displayName("../../etc/passwd"));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("report.pdf", CaseAttachment.displayName("re\u0000port\r\n.pdf\u0007"));
    }

    @Test
    void surroundingSpacesAreRemoved() {
        assertEquals("exclusion letter.pdf", CaseAttachment.displayName("  exclusion letter.pdf  "));
    }

    @Test
    void anEmptyNameIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CaseAttachment.displayName(""));

        assertEquals("The file has no name", refused.getMessage());
    }

    @Test
    void aDirectoryWithNoFileNameIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CaseAttachment.displayName("C:\\Users\\x\\"));

        assertEquals("The file has no name", refused.getMessage());
    }

    @Test
    void aNameOfOnlyControlCharactersIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CaseAttachment.displayName("\u0000\t\n"));

        assertEquals("The file has no name", refused.getMessage());
    }

    @Test
    void aMissingNameIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CaseAttachment.displayName(null));

        assertEquals("The file has no name", refused.getMessage());
    }

    @Test
    void aNameOfTwoHundredCharactersIsKeptWhole() {
        String name = "a".repeat(196) + ".pdf";

        assertEquals(name, CaseAttachment.displayName(name));
    }

    @Test
    void aLongNameKeepsItsLastTwoHundredCharactersSoTheExtensionSurvives() {
        String name = "b".repeat(50) + "a".repeat(196) + ".pdf";

        String shown = CaseAttachment.displayName(name);

        assertEquals(200, shown.length());
        assertEquals("a".repeat(196) + ".pdf", shown);
    }
}
