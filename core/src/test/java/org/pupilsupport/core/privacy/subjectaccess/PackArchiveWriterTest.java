package org.pupilsupport.core.privacy.subjectaccess;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.entry;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.file;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.pack;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.section;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;

/** The machine-readable copy: every word exact, every file's bytes and checksum right, no name able to escape. */
class PackArchiveWriterTest {

    private static final String NOTE = "Spoke to Zoë Łukasiewicz-O'Brien and Şükrü.\nSecond line\twith a tab 😀 and a bell \u0007.";

    private record Written(PackArchive archive, byte[] zip) {
    }

    private static Written write(PackContent pack) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackArchive archive = new PackArchiveWriter().write(pack, out);
        return new Written(archive, out.toByteArray());
    }

    /** The zip's entries by name, in the order they were written. */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertFalse(entries.containsKey(entry.getName()), "two entries named " + entry.getName());
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonObject packJson(byte[] zip) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(new String(entries(zip).get("pack.json"), UTF_8)))) {
            return reader.readObject();
        }
    }

    private static PackContent samplePack(List<PackFile> files) {
        return pack(List.of(
                section("record", "Ava's record",
                        entry("address", "Address on 1 September 2026", "12 Acacia Avenue"),
                        entry("note", "Note on 2 October 2026", NOTE),
                        entry("photo", "Photograph on 3 October 2026", "")),
                section("case-CME-000042", "Case CME-000042: children missing education",
                        entry("withheld", "Contact on 3 March 2026 by telephone", "Information withheld: it would identify another person."))),
                files);
    }

    @Test
    void theFilesComeFirstUnderFilesThenPackJsonAndTheArchiveSaysWhatWasWritten() throws IOException {
        byte[] report = SamplePacks.randomBytes(2 * 1024 * 1024 + 17, 7);
        byte[] note = "Seen at home.".getBytes(UTF_8);
        Written written = write(samplePack(List.of(
                file("report", "School report.pdf", "application/pdf", report),
                file("note", "note.txt", "text/plain", note))));

        Map<String, byte[]> entries = entries(written.zip());
        assertEquals(List.of("files/1-School_report.pdf", "files/2-note.txt", "pack.json"), List.copyOf(entries.keySet()));
        assertArrayEquals(report, entries.get("files/1-School_report.pdf"));
        assertArrayEquals(note, entries.get("files/2-note.txt"));
        assertEquals(List.of(
                        new PackArchive.ArchivedFile("report", "files/1-School_report.pdf", report.length, SamplePacks.sha256(report)),
                        new PackArchive.ArchivedFile("note", "files/2-note.txt", note.length, SamplePacks.sha256(note))),
                written.archive().files());
    }

    @Test
    void packJsonHoldsEveryWordExactlyAndEachFilesDetails() throws IOException {
        byte[] report = SamplePacks.randomBytes(1000, 8);
        PackContent pack = samplePack(List.of(file("report", "Zoë's report.pdf", "application/pdf", report)));

        JsonObject json = packJson(write(pack).zip());

        assertEquals(SamplePacks.TITLE, json.getString("title"));
        assertEquals(SamplePacks.BOROUGH, json.getString("borough"));
        assertEquals(SamplePacks.REFERENCE, json.getString("reference"));
        assertEquals("2026-12-04", json.getString("producedOn"));
        JsonArray sections = json.getJsonArray("sections");
        assertEquals(pack.sections().size(), sections.size());
        for (int s = 0; s < sections.size(); s++) {
            PackSection section = pack.sections().get(s);
            JsonObject written = sections.getJsonObject(s);
            assertEquals(section.key(), written.getString("key"));
            assertEquals(section.heading(), written.getString("heading"));
            JsonArray entries = written.getJsonArray("entries");
            assertEquals(section.entries().size(), entries.size());
            for (int e = 0; e < entries.size(); e++) {
                PackEntry entry = section.entries().get(e);
                assertEquals(entry.key(), entries.getJsonObject(e).getString("key"));
                assertEquals(entry.label(), entries.getJsonObject(e).getString("label"));
                assertEquals(entry.text(), entries.getJsonObject(e).getString("text"));
            }
        }
        assertEquals(NOTE, sections.getJsonObject(0).getJsonArray("entries").getJsonObject(1).getString("text"),
                "unlike the PDF, nothing is replaced: not the emoji, the tab or the bell");
        JsonArray files = json.getJsonArray("files");
        assertEquals(1, files.size());
        JsonObject listed = files.getJsonObject(0);
        assertEquals("report", listed.getString("key"));
        assertEquals("Zoë's report.pdf", listed.getString("fileName"));
        assertEquals("application/pdf", listed.getString("contentType"));
        assertEquals(1000, listed.getJsonNumber("size").longValueExact());
        assertEquals(SamplePacks.sha256(report), listed.getString("sha256"));
        assertEquals("files/1-Zoe_s_report.pdf", listed.getString("path"));
    }

    @Test
    void aFileNamedToEscapeItsFolderLandsInsideFilesUnderASafeName() throws IOException {
        List<String> names = List.of("../../etc/passwd", "C:\\evil.txt", "/etc/shadow", "..", "notes/../../../b.txt",
                "Zoë's report.pdf", "a".repeat(300) + ".docx");
        List<PackFile> files = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            files.add(file("file-" + i, names.get(i), "application/octet-stream", new byte[] {(byte) i}));
        }

        Written written = write(samplePack(files));

        List<String> paths = written.archive().files().stream().map(PackArchive.ArchivedFile::path).toList();
        assertEquals("files/1-.._.._etc_passwd", paths.get(0));
        assertEquals("files/2-C__evil.txt", paths.get(1));
        assertEquals("files/3-_etc_shadow", paths.get(2));
        assertEquals("files/4-..", paths.get(3));
        assertEquals("files/5-notes_.._.._.._b.txt", paths.get(4));
        assertEquals("files/6-Zoe_s_report.pdf", paths.get(5));
        assertEquals("files/7-" + "a".repeat(95) + ".docx", paths.get(6));
        Path unzippedInto = Path.of("/srv/unzipped");
        for (String path : entries(written.zip()).keySet()) {
            if (!path.equals("pack.json")) {
                assertTrue(path.matches("files/\\d+-[A-Za-z0-9._-]+"), path);
                Path lands = unzippedInto.resolve(path).normalize();
                assertEquals(unzippedInto.resolve("files"), lands.getParent(), path + " lands at " + lands);
            }
        }
        assertEquals(paths, List.copyOf(entries(written.zip()).keySet()).subList(0, names.size()));
    }

    @Test
    void aLargeFileIsStreamedIntoTheZipWithItsChecksum() throws IOException {
        long size = 12L * 1024 * 1024 + 5;
        PackFile large = new PackFile("video", "interview.mp4", "video/mp4", size, () -> new GeneratedBytes(size, 99));

        Written written = write(samplePack(List.of(large)));

        String expected = digestOf(new GeneratedBytes(size, 99));
        PackArchive.ArchivedFile archived = written.archive().files().get(0);
        assertEquals(size, archived.size());
        assertEquals(expected, archived.sha256());
        byte[] unzipped = entries(written.zip()).get("files/1-interview.mp4");
        assertEquals(size, unzipped.length);
        assertEquals(expected, SamplePacks.sha256(unzipped));
        assertEquals(expected, packJson(written.zip()).getJsonArray("files").getJsonObject(0).getString("sha256"));
    }

    @Test
    void aPackWithoutFilesHasOnlyPackJsonAndAnEmptyList() throws IOException {
        Written written = write(samplePack(List.of()));

        assertEquals(List.of("pack.json"), List.copyOf(entries(written.zip()).keySet()));
        assertTrue(packJson(written.zip()).getJsonArray("files").isEmpty());
        assertTrue(written.archive().files().isEmpty());
    }

    @Test
    void aFileThatIsNotTheSizeThePackDeclaresStopsTheArchive() {
        PackContent pack = samplePack(List.of(new PackFile("report", "report.pdf", "application/pdf", 10,
                () -> new ByteArrayInputStream(new byte[12]))));

        IOException refused = assertThrows(IOException.class, () -> write(pack));
        assertTrue(refused.getMessage().contains("File report has 12 bytes, not the 10"), refused.getMessage());
    }

    @Test
    void theSamePackGivesTheSameBytesAndTheCallersStreamStaysOpen() throws IOException {
        PackContent pack = samplePack(List.of(file("note", "note.txt", "text/plain", "Seen at home.".getBytes(UTF_8))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream callers = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new PackArchiveWriter().write(pack, callers);

        assertFalse(closed[0], "the caller may still have more to send");
        assertArrayEquals(write(pack).zip(), bytes.toByteArray(), "a re-sent copy can be checked against the first by checksum");
    }

    private static String digestOf(InputStream in) throws IOException {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pseudo-random bytes made as they are read, so that no copy of a large file sits in the test's memory. */
    private static final class GeneratedBytes extends InputStream {

        private final Random random;
        private long remaining;

        GeneratedBytes(long size, long seed) {
            this.random = new Random(seed);
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) random.nextInt(256);
            }
            remaining -= count;
            return count;
        }
    }
}
