package org.pupilsupport.core.privacy.subjectaccess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a subject access pack as a zip, the machine-readable copy that Article 15(3) of the UK GDPR entitles the
 * requester to when they asked electronically: each released file under {@code files/}, then {@code pack.json} with
 * the pack's every word exactly as given (nothing replaced, unlike the PDF) and each file's size and SHA-256.
 * <p>
 * Files are streamed from their source into the zip, so a pack of large attachments needs no more memory than a
 * small one. Inside the zip a file is named by its position and a safe form of its name: a name is whatever someone
 * typed when uploading, and one like {@code ../../etc/passwd} must not write outside the folder it is unzipped into.
 * The name as given is kept in {@code pack.json}.
 * <p>
 * A writer keeps no state between packs, so one instance can serve any number of requests at once.
 */
public class PackArchiveWriter {

    public static final String PACK_JSON = "pack.json";
    public static final String FILES_FOLDER = "files/";

    private static final int LONGEST_SAFE_NAME = 100;
    private static final int LONGEST_KEPT_EXTENSION = 10;

    /**
     * Writes the zip to {@code out}, which is flushed and left open.
     *
     * @return each file written, with where it is in the zip and its checksum
     * @throws IOException when the output fails or a file cannot be read whole; what was written by then is not a
     *                     pack and must be thrown away
     */
    public PackArchive write(PackContent pack, OutputStream out) throws IOException {
        if (pack == null || out == null) {
            throw new IllegalArgumentException("Writing a pack needs the pack and somewhere to write it");
        }
        // Entries carry the day the pack was produced, not the moment of writing, so the same pack gives the same bytes.
        LocalDateTime stamp = pack.producedOn().atStartOfDay();
        List<PackArchive.ArchivedFile> archived = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(new KeptOpenOutputStream(out), StandardCharsets.UTF_8)) {
            for (int i = 0; i < pack.files().size(); i++) {
                PackFile file = pack.files().get(i);
                String path = FILES_FOLDER + (i + 1) + "-" + safeName(file.fileName());
                zip.putNextEntry(entry(path, stamp));
                StreamedFile written = StreamedFile.copy(file, zip);
                zip.closeEntry();
                archived.add(new PackArchive.ArchivedFile(file.key(), path, written.size(), written.sha256()));
            }
            zip.putNextEntry(entry(PACK_JSON, stamp));
            writeJson(pack, archived, new KeptOpenOutputStream(zip));
            zip.closeEntry();
        }
        return new PackArchive(archived);
    }

    private static ZipEntry entry(String path, LocalDateTime stamp) {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(stamp);
        return entry;
    }

    private static void writeJson(PackContent pack, List<PackArchive.ArchivedFile> archived, OutputStream out) {
        // Created per pack: the JSON-P implementation is the server's, looked up when first needed
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject()
                    .write("title", pack.title())
                    .write("borough", pack.boroughName())
                    .write("reference", pack.requestReference())
                    .write("producedOn", pack.producedOn().toString());
            json.writeStartArray("sections");
            for (PackSection section : pack.sections()) {
                json.writeStartObject()
                        .write("key", section.key())
                        .write("heading", section.heading());
                json.writeStartArray("entries");
                for (PackEntry entry : section.entries()) {
                    json.writeStartObject()
                            .write("key", entry.key())
                            .write("label", entry.label())
                            .write("text", entry.text())
                            .writeEnd();
                }
                json.writeEnd().writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("files");
            for (int i = 0; i < archived.size(); i++) {
                PackFile file = pack.files().get(i);
                PackArchive.ArchivedFile written = archived.get(i);
                json.writeStartObject()
                        .write("key", file.key())
                        .write("fileName", file.fileName())
                        .write("contentType", file.contentType())
                        .write("size", written.size())
                        .write("sha256", written.sha256())
                        .write("path", written.path())
                        .writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
        }
    }

    /**
     * The name with accents taken off their letters and anything but ASCII letters, digits, dot, dash and underscore
     * replaced by "_": no separator, drive or parent folder can survive, and unzip tools that mishandle non-ASCII
     * names get nothing to mangle. Shortened to a length every file system takes, keeping a short extension so the
     * file still opens in the right program.
     */
    static String safeName(String fileName) {
        String unaccented = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder safe = new StringBuilder(unaccented.length());
        unaccented.codePoints().forEach(codePoint -> safe.append(isSafe(codePoint) ? (char) codePoint : '_'));
        if (safe.length() <= LONGEST_SAFE_NAME) {
            return safe.toString();
        }
        int dot = safe.lastIndexOf(".");
        String extension = dot > 0 && safe.length() - dot <= LONGEST_KEPT_EXTENSION ? safe.substring(dot) : "";
        return safe.substring(0, LONGEST_SAFE_NAME - extension.length()) + extension;
    }

    private static boolean isSafe(int codePoint) {
        return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= '0' && codePoint <= '9')
                || codePoint == '.' || codePoint == '-' || codePoint == '_';
    }
}
