package org.pupilsupport.core.privacy.subjectaccess;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Packs and files for the writers' tests, each built afresh. */
final class SamplePacks {

    static final String TITLE = "Information held about Ava Smith";
    static final String BOROUGH = "Royal Borough of Kingston upon Thames";
    static final String REFERENCE = "SAR-314-2026-0007";
    static final LocalDate PRODUCED_ON = LocalDate.of(2026, 12, 4);

    private static final String[] WORDS = {"the", "officer", "visited", "home", "school", "attendance", "telephoned", "mother",
            "explained", "enquiries", "register", "education", "welfare", "arranged", "meeting", "with", "headteacher", "about",
            "reduced", "timetable", "and", "agreed", "review", "in", "two", "weeks", "because", "Ava", "was", "unwell"};

    private SamplePacks() {
    }

    static PackContent pack(List<PackSection> sections, List<PackFile> files) {
        return new PackContent(TITLE, BOROUGH, REFERENCE, PRODUCED_ON, sections, files);
    }

    static PackSection section(String key, String heading, PackEntry... entries) {
        return new PackSection(key, heading, List.of(entries));
    }

    static PackEntry entry(String key, String label, String text) {
        return new PackEntry(key, label, text);
    }

    static PackFile file(String key, String fileName, String contentType, byte[] bytes) {
        return new PackFile(key, fileName, contentType, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** Sections whose entries and texts vary in number and length, so that parts start on pages no rule predicts. */
    static List<PackSection> manySections(int count) {
        Random random = new Random(count);
        List<PackSection> sections = new ArrayList<>();
        for (int s = 1; s <= count; s++) {
            List<PackEntry> entries = new ArrayList<>();
            int entryCount = 1 + random.nextInt(s % 5 == 0 ? 40 : 6);
            for (int e = 1; e <= entryCount; e++) {
                entries.add(entry("entry-" + e, "Contact " + e + " of case " + s, words(random, 5 + random.nextInt(150))));
            }
            sections.add(new PackSection("case-CME-%06d".formatted(s), "Case CME-%06d: children missing education".formatted(s), entries));
        }
        return sections;
    }

    static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(i % 40 == 0 ? "\n" : " ");
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file's source that counts the streams it opened and those closed again. */
    static final class CountedSource implements PackFile.Source {

        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        private final byte[] bytes;

        CountedSource(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public InputStream open() {
            opened.incrementAndGet();
            return new FilterInputStream(new ByteArrayInputStream(bytes)) {
                @Override
                public void close() throws IOException {
                    closed.incrementAndGet();
                    super.close();
                }
            };
        }
    }
}
