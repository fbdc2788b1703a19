package org.pupilsupport.core.children.ctf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pupilsupport.core.children.ctf.CtfFileRejectedException.Reason;

/**
 * Files that must be refused as a whole: hostile, broken, or not a CTF Pupil Support reads. Each test also
 * checks what reached the caller before the refusal, since a refused file must change nothing.
 */
class CtfReaderRejectsFilesTest {

    private final List<CtfPupil> delivered = new ArrayList<>();

    private CtfFileRejectedException rejected(String resource) throws IOException {
        try (InputStream file = CtfReaderRejectsFilesTest.class.getResourceAsStream("/ctf/" + resource)) {
            assertNotNull(file, "test resource " + resource);
            return assertThrows(CtfFileRejectedException.class, () -> new CtfReader().read(file, delivered::add));
        }
    }

    private CtfFileRejectedException rejectedText(CtfReader reader, String xml) {
        return assertThrows(CtfFileRejectedException.class, () -> reader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), delivered::add));
    }

    @Test
    void refusesAnExternalEntityWithoutEverReadingTheFileItNames() throws IOException {
        CtfFileRejectedException refusal = rejected("xxe-external-entity.xml");

        assertEquals(Reason.UNSAFE_XML, refusal.reason());
        assertEquals("This file declares a document type (DOCTYPE) at line 2. Common Transfer Files never do; it was "
                + "rejected unread, as such files can be used to attack systems. Ask the sending school to export "
                + "the CTF again from its management information system.", refusal.getMessage());
        assertEquals(OptionalInt.of(2), refusal.line());
        assertEquals(List.of(), delivered, "no pupil, so no surname that could hold the file's contents");
        assertFalse(refusal.getMessage().contains("root:"), "/etc/passwd must never appear");
    }

    @Test
    void refusesADocumentTypeNamingAnExternalDefinitionWithoutFetchingIt(@TempDir Path directory) throws IOException {
        // If the parser fetched this definition it would fail on its contents and report a parse error
        // instead; the explicit refusal shows the definition was never opened.
        Path definition = Files.writeString(directory.resolve("attack.dtd"), "<<<< not a definition");
        String uri = definition.toUri().toString();

        CtfFileRejectedException externalSubset = rejectedText(new CtfReader(),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile SYSTEM \"" + uri + "\">\n<CTfile/>");
        CtfFileRejectedException parameterEntity = rejectedText(new CtfReader(),
                "<!DOCTYPE CTfile [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]><CTfile/>");

        assertEquals(Reason.UNSAFE_XML, externalSubset.reason());
        assertEquals(OptionalInt.of(2), externalSubset.line());
        assertEquals(Reason.UNSAFE_XML, parameterEntity.reason());
    }

    @Test
    void refusesAnEntityExpansionBombQuicklyWithoutExpandingIt() {
        CtfFileRejectedException refusal = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> rejected("billion-laughs.xml"));

        assertEquals(Reason.UNSAFE_XML, refusal.reason());
        assertTrue(refusal.getMessage().startsWith("This file declares a document type (DOCTYPE)"), refusal.getMessage());
    }

    @Test
    void refusesAReferenceToAnUndeclaredEntity() {
        CtfFileRejectedException refusal = rejectedText(new CtfReader(), """
                <CTfile><Header><CTFversion>25.0</CTFversion><DocumentName>&secret;</DocumentName></Header></CTfile>
                """);

        assertEquals(Reason.UNSAFE_XML, refusal.reason());
        assertTrue(refusal.getMessage().startsWith("This file refers to an entity (&secret;) at line 1."), refusal.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "version-23.xml, 23.0", "version-26.xml, 26.0" })
    void refusesAVersionOtherThan24Or25BeforeDeliveringAnyPupil(String resource, String version) throws IOException {
        CtfFileRejectedException refusal = rejected(resource);

        assertEquals(Reason.UNSUPPORTED_VERSION, refusal.reason());
        assertEquals("This file is CTF version " + version + "; Pupil Support reads versions 24 and 25. Ask the sending "
                + "school to export it again in one of those versions.", refusal.getMessage());
        assertEquals(OptionalInt.of(5), refusal.line());
        assertEquals(List.of(), delivered);
    }

    @Test
    void refusesAHeaderWithoutAVersion() {
        CtfFileRejectedException refusal = rejectedText(new CtfReader(), """
                <CTfile>
                  <Header><DocumentName>Common Transfer File</DocumentName></Header>
                </CTfile>
                """);

        assertEquals(Reason.UNSUPPORTED_VERSION, refusal.reason());
        assertEquals("The file's header (line 2) does not say which CTF version it is, so Pupil Support cannot read "
                + "it safely. Ask the sending school to export the CTF again.", refusal.getMessage());
    }

    @Test
    void refusesASpreadsheetRenamedAsXml() throws IOException {
        CtfFileRejectedException refusal = rejected("pupils-spreadsheet.xml");

        assertEquals(Reason.NOT_XML, refusal.reason());
        assertEquals("This file is not XML, so it cannot be a Common Transfer File. It may be a spreadsheet, a report "
                + "or another export: ask the school for its CTF, an .xml file.", refusal.getMessage());
        assertNotNull(refusal.getCause(), "the parser's own explanation is kept for the log");
    }

    @Test
    void refusesAnEmptyFile() {
        CtfFileRejectedException refusal = rejectedText(new CtfReader(), "");

        assertEquals(Reason.EMPTY, refusal.reason());
        assertEquals("This file is empty. Check that the CTF exported from the school's system was chosen.",
                refusal.getMessage());
    }

    @Test
    void refusesAFileCutShortInTheMiddleOfAPupilSayingWhere() throws IOException {
        CtfFileRejectedException refusal = rejected("truncated.xml");

        assertEquals(Reason.MALFORMED_XML, refusal.reason());
        assertEquals(OptionalInt.of(182), refusal.line());
        assertTrue(refusal.getMessage().startsWith("This file is damaged or incomplete: it stops being valid XML at "
                + "line 182, column "), refusal.getMessage());
        assertTrue(refusal.getMessage().endsWith("It may have been cut short while being copied or uploaded. Ask the "
                + "sending school to export the CTF again."), refusal.getMessage());
        assertEquals(1, delivered.size(), "the pupil before the cut was delivered, so the caller must discard it");
    }

    @Test
    void refusesAnotherKindOfXmlFile() throws IOException {
        CtfFileRejectedException refusal = rejected("wrong-root.xml");

        assertEquals(Reason.NOT_A_CTF, refusal.reason());
        assertEquals("This XML file is not a Common Transfer File: it starts with <ATfile> (line 2), where a CTF starts "
                + "with <CTfile>. Check that the CTF was chosen rather than another export.", refusal.getMessage());
    }

    @Test
    void refusesPupilsThatComeBeforeAnyHeader() {
        CtfFileRejectedException refusal = rejectedText(new CtfReader(), """
                <CTfile>
                  <CTFpupilData><Pupil><UPN>Z314200514001</UPN></Pupil></CTFpupilData>
                  <Header><CTFversion>25.0</CTFversion></Header>
                </CTfile>
                """);

        assertEquals(Reason.NO_HEADER, refusal.reason());
        assertEquals(OptionalInt.of(2), refusal.line());
        assertEquals(List.of(), delivered);
    }

    @Test
    void refusesAFileWithNoHeaderAtAll() {
        CtfFileRejectedException refusal = rejectedText(new CtfReader(), "<CTfile><Other/></CTfile>");

        assertEquals(Reason.NO_HEADER, refusal.reason());
    }

    @Test
    void refusesContentAfterTheLastPupilThatIsNotWellFormed() {
        CtfFileRejectedException refusal = rejectedText(new CtfReader(), """
                <CTfile><Header><CTFversion>25.0</CTFversion></Header></CTfile>
                <CTfile>second top element</CTfile>
                """);

        assertEquals(Reason.MALFORMED_XML, refusal.reason());
        assertEquals(OptionalInt.of(2), refusal.line());
    }

    @Test
    void refusesAFileLargerThanTheLimitWhileReadingIt() {
        CtfReader reader = new CtfReader(CtfReadingLimits.DEFAULT.withMaxFileBytes(100 * 1024));

        CtfFileRejectedException refusal = assertThrows(CtfFileRejectedException.class,
                () -> reader.read(CtfTestFiles.generated(2_000), delivered::add));

        assertEquals(Reason.TOO_LARGE, refusal.reason());
        assertEquals("This file is larger than 100 KB, the most Pupil Support reads. A Common Transfer File for a whole "
                + "school is far smaller: check the right file was chosen.", refusal.getMessage());
        assertTrue(delivered.size() < 2_000, "reading stopped at the limit, after " + delivered.size() + " pupils");
    }

    @Test
    void refusesElementsNestedFarDeeperThanAnyCtf() {
        String deep = "<a>".repeat(100) + "</a>".repeat(100);

        CtfFileRejectedException refusal = rejectedText(new CtfReader(),
                "<CTfile><Header><CTFversion>25.0</CTFversion></Header><CTFpupilData><Pupil>" + deep
                        + "</Pupil></CTFpupilData></CTfile>");

        assertEquals(Reason.TOO_DEEPLY_NESTED, refusal.reason());
        assertEquals(List.of(), delivered);
    }

    @Test
    void passesOnAFailureToReadTheUploadItselfAsAnIoProblem() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        IOException failure = assertThrows(IOException.class, () -> new CtfReader().read(failing, delivered::add));

        assertEquals("connection reset", failure.getMessage());
    }
}
