package org.pupilsupport.core.privacy.subjectaccess;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.BOROUGH;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.REFERENCE;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.TITLE;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.entry;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.file;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.pack;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.section;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The PDF a requester reads: every word there, the contents and page numbers right, names in any European alphabet. */
class PackPdfWriterTest {

    private static final Pattern PAGE_OF = Pattern.compile("Page (\\d+) of (\\d+)");
    private static final Pattern CONTENTS_LINE = Pattern.compile("^(.+?)\\s*\\.+\\s*(\\d+)$");

    private static byte[] pdf(PackContent pack) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackPdfWriter().write(pack, out);
        return out.toByteArray();
    }

    /** The document as PDFBox reads it back. */
    private record Read(List<String> pages, float rightmostCharacter) {
    }

    /** Each page's text, page 1 at index 0, and how far across its page (in points) the furthest-right character ends. */
    private static Read read(byte[] pdf) throws IOException {
        float[] rightmost = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition position : positions) {
                    rightmost[0] = Math.max(rightmost[0], position.getXDirAdj() + position.getWidthDirAdj());
                }
                super.writeString(text, positions);
            }
        };
        stripper.setLineSeparator("\n");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                pages.add(stripper.getText(document));
            }
            return new Read(pages, rightmost[0]);
        }
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        return read(pdf).pages();
    }

    /** All the pages' words, footers taken out, in one run: a line or page break counts as a space. */
    private static String words(List<String> pages) {
        StringBuilder words = new StringBuilder();
        for (String page : pages) {
            words.append(' ').append(PAGE_OF.matcher(page.replace(REFERENCE, "")).replaceAll(""));
        }
        return oneSpaced(words.toString());
    }

    private static String oneSpaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String firstLine(String page) {
        return page.strip().lines().findFirst().orElse("").strip();
    }

    @Test
    void everyEntrysLabelAndTextArePrintedWithTheTextsOwnLineBreaks() throws IOException {
        PackContent pack = pack(List.of(
                section("record", "Ava's record",
                        entry("address", "Address on 1 September 2026", "12 Acacia Avenue, Kingston upon Thames KT1 1AA"),
                        entry("note", "Note on 2 October 2026", "First line of the note\nSecond line\r\n\r\nAfter a blank line"),
                        entry("empty", "Photograph on 3 October 2026", ""),
                        entry("withheld", "Contact on 3 March 2026 by telephone",
                                "Information withheld: it would identify another person (Data Protection Act 2018, Schedule 2, paragraph 16).")),
                section("case-CME-000042", "Case CME-000042: children missing education",
                        entry("opened", "Case opened on 4 November 2026", "Referred by the school after ten days' absence."))),
                List.of());

        List<String> pages = pages(pdf(pack));
        String everything = String.join("\n", pages);

        for (PackSection section : pack.sections()) {
            for (PackEntry entry : section.entries()) {
                assertTrue(everything.contains(entry.label()), entry.label());
            }
        }
        assertTrue(everything.contains("12 Acacia Avenue, Kingston upon Thames KT1 1AA"));
        assertTrue(everything.contains("First line of the note\nSecond line\n"), "the text's own line breaks are kept");
        assertTrue(everything.contains("After a blank line"));
        assertTrue(everything.contains("Photograph on 3 October 2026\nContact on 3 March 2026 by telephone\n"),
                "an entry without text shows its label and nothing else");
        assertTrue(oneSpaced(everything).contains(oneSpaced(pack.sections().get(0).entries().get(3).text())));
        assertTrue(everything.contains("Referred by the school after ten days' absence."));
    }

    @Test
    void theTitlePageNamesThePackAndSaysWithheldInformationIsMarkedWhereItWas() throws IOException {
        String titlePage = pages(pdf(pack(List.of(section("record", "Ava's record", entry("a", "Address", "here"))), List.of()))).get(0);

        assertEquals(TITLE, firstLine(titlePage));
        assertTrue(titlePage.contains(BOROUGH));
        assertTrue(titlePage.contains(REFERENCE));
        assertTrue(titlePage.contains("4 December 2026"));
        assertTrue(oneSpaced(titlePage).contains("Where information has been withheld, this pack says so at the place where it would have"
                + " appeared and gives the ground for withholding it."));
        assertFalse(titlePage.contains("Address"), "the record starts after the contents, not on the title page");
    }

    @Test
    void theContentsGiveThePageOnWhichEachPartReallyStarts() throws IOException {
        // Enough sections that the contents run onto a second page, which moves every part along by one.
        PackContent pack = pack(SamplePacks.manySections(70), List.of(file("letter", "letter.txt", "text/plain", new byte[] {1})));
        List<String> pages = pages(pdf(pack));

        Map<String, Integer> listed = new LinkedHashMap<>();
        int contentsPages = 0;
        for (String page : pages.subList(1, pages.size())) {
            if (!firstLine(page).startsWith("Contents")) {
                break;
            }
            contentsPages++;
            for (String line : page.lines().toList()) {
                Matcher listing = CONTENTS_LINE.matcher(line.strip());
                if (listing.matches()) {
                    listed.put(listing.group(1), Integer.parseInt(listing.group(2)));
                }
            }
        }

        assertTrue(contentsPages >= 2, "the contents needed " + contentsPages + " page(s); the test needs them to run over");
        List<String> parts = new ArrayList<>(pack.sections().stream().map(PackSection::heading).toList());
        parts.add("Files released with this pack");
        assertEquals(parts, List.copyOf(listed.keySet()), "every part is listed, in order");
        for (Map.Entry<String, Integer> part : listed.entrySet()) {
            assertEquals(part.getKey(), firstLine(pages.get(part.getValue() - 1)), "page " + part.getValue());
        }
        List<Integer> starts = List.copyOf(listed.values());
        assertTrue(IntStream.range(1, starts.size()).anyMatch(i -> starts.get(i) - starts.get(i - 1) > 1),
                "some part runs over more than one page");
    }

    @Test
    void everyPageSaysWhichPageItIsOfHowManyAndTheRequestsReference() throws IOException {
        List<String> pages = pages(pdf(pack(SamplePacks.manySections(12), List.of())));

        assertTrue(pages.size() > 12);
        for (int n = 1; n <= pages.size(); n++) {
            String page = pages.get(n - 1);
            Matcher pageOf = PAGE_OF.matcher(page);
            assertTrue(pageOf.find(), "page " + n + " has no page number");
            assertEquals(n + " of " + pages.size(), pageOf.group(1) + " of " + pageOf.group(2));
            assertFalse(pageOf.find(), "page " + n + " is numbered twice");
            assertTrue(page.contains(REFERENCE), "page " + n + " lacks the reference");
        }
    }

    @Test
    void sixHundredLongEntriesWrapWithinThePageAndFlowOverPagesWithNothingLost() throws IOException {
        Random random = new Random(600);
        List<PackSection> sections = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            List<PackEntry> entries = new ArrayList<>();
            for (int e = 1; e <= 200; e++) {
                String marker = "M%d-%03d".formatted(s, e);
                entries.add(entry("entry-" + e, "Note " + marker + " on 5 May 2026",
                        marker + "-BEGIN " + SamplePacks.words(random, 100 + random.nextInt(200)) + " " + marker + "-END"));
            }
            sections.add(new PackSection("case-" + s, "Case " + s, entries));
        }
        PackContent pack = pack(sections, List.of());
        new PackPdfWriter().write(pack, OutputStream.nullOutputStream());

        long started = System.nanoTime();
        byte[] pdf = pdf(pack);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // A tenth of a second on a quiet machine once the classes are loaded; the bound leaves room for a busy one,
        // and still catches the ten seconds PDFBox takes with the font's glyph substitution left on.
        assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "took " + took);
        Read read = read(pdf);
        assertTrue(read.pages().size() > 150, read.pages().size() + " pages");
        String words = words(read.pages());
        int from = 0;
        for (PackSection section : sections) {
            for (PackEntry entry : section.entries()) {
                String whole = oneSpaced(entry.label() + " " + entry.text());
                int at = words.indexOf(whole, from);
                assertTrue(at >= 0, entry.label() + " is not there whole, or not in its place");
                from = at + whole.length();
            }
        }
        assertTrue(read.rightmostCharacter() <= 595.28f - 56f, "a character reaches " + read.rightmostCharacter() + "pt across an A4 page");
        assertTrue(read.rightmostCharacter() > 595.28f - 100f, "lines are filled to near the margin: " + read.rightmostCharacter());
    }

    @Test
    void aWordLongerThanTheLineIsBrokenAcrossLinesNotCut() throws IOException {
        String unbroken = "https://example.org/" + "ABCDEFGHIJ0123456789".repeat(30);
        byte[] pdf = pdf(pack(List.of(section("record", "Ava's record", entry("link", "A link", unbroken + " and after"))), List.of()));

        Read read = read(pdf);
        assertTrue(String.join("", read.pages()).replaceAll("\\s", "").contains(unbroken + "andafter"));
        assertTrue(read.rightmostCharacter() <= 595.28f - 56f);
    }

    @Test
    void namesInLatinGreekAndCyrillicLettersArePrinted() throws IOException {
        String zoe = "Zoë Łukasiewicz-O'Brien";
        PackContent pack = new PackContent("Information held about " + zoe, BOROUGH, REFERENCE, SamplePacks.PRODUCED_ON, List.of(
                section("record", "Şükrü's record",
                        entry("brother", "Brother: Şükrü Çelik", "Zoë's brother Şükrü, and their cousins Ярослава and Αλέξανδρος."),
                        entry("decomposed", "Typed with a separate accent", "Zoe\u0308 Łukasiewicz-O'Brien"))),
                List.of(file("photo", "Zoë's drawing.png", "image/png", new byte[] {1, 2, 3})));

        List<String> pages = pages(pdf(pack));
        String everything = String.join("\n", pages);

        assertTrue(oneSpaced(pages.get(0)).startsWith("Information held about " + zoe), "a title wraps but keeps every letter");
        assertTrue(everything.contains("Şükrü's record"));
        assertTrue(everything.contains("Brother: Şükrü Çelik"));
        assertTrue(everything.contains("Zoë's brother Şükrü, and their cousins Ярослава and Αλέξανδρος."));
        assertTrue(everything.contains(zoe + "\n"), "an accent typed separately is printed on its letter");
        assertTrue(everything.contains("Zoë's drawing.png"));
    }

    @Test
    void aCharacterTheFontCannotDrawIsPrintedAsAQuestionMarkAndTabsAsSpaces() throws IOException {
        PackContent pack = pack(List.of(section("record", "Record \u0007 with a bell",
                entry("drawing", "Drawing 😀", "Drew a picture 😀 of home\u0000 and a lone \uD800 half\tthen a tab"))), List.of());

        List<String> pages = pages(pdf(pack));
        String everything = String.join("\n", pages);

        assertTrue(everything.contains("Record ? with a bell"));
        assertTrue(everything.contains("Drawing ?"));
        assertTrue(everything.contains("Drew a picture ? of home? and a lone ? half"));
        assertTrue(Pattern.compile("half\\s+then a tab").matcher(everything).find());
    }

    @Test
    void eachFileIsListedWithItsTypeSizeAndTheChecksumOfItsBytes() throws IOException {
        byte[] report = SamplePacks.randomBytes(3 * 1024 * 1024, 42);
        SamplePacks.CountedSource reportSource = new SamplePacks.CountedSource(report);
        PackContent pack = pack(List.of(section("record", "Ava's record", entry("a", "Address", "here"))), List.of(
                new PackFile("report", "School report 2026.pdf", "application/pdf", report.length, reportSource),
                file("note", "note.txt", "text/plain", "Seen at home.".getBytes(UTF_8))));

        List<String> pages = pages(pdf(pack));
        String filesPart = pages.get(pages.size() - 1);

        assertEquals("Files released with this pack", firstLine(filesPart));
        assertTrue(filesPart.contains("School report 2026.pdf\nType: application/pdf\nSize: 3.0 MB (3,145,728 bytes)\nSHA-256: "
                + SamplePacks.sha256(report)), filesPart);
        assertTrue(filesPart.contains("note.txt\nType: text/plain\nSize: 13 bytes\nSHA-256: "
                + SamplePacks.sha256("Seen at home.".getBytes(UTF_8))));
        assertEquals(1, reportSource.opened.get(), "a file is read once");
        assertEquals(1, reportSource.closed.get(), "and its stream closed");
    }

    @Test
    void aPackWithoutFilesSaysSo() throws IOException {
        List<String> pages = pages(pdf(pack(List.of(section("record", "Ava's record", entry("a", "Address", "here"))), List.of())));

        String filesPart = pages.get(pages.size() - 1);
        assertEquals("Files released with this pack", firstLine(filesPart));
        assertTrue(filesPart.contains("No files are released with this pack."));
    }

    @Test
    void aFileThatIsNotTheSizeThePackDeclaresStopsThePack() {
        PackContent pack = pack(List.of(), List.of(new PackFile("report", "report.pdf", "application/pdf", 10,
                () -> new ByteArrayInputStream(new byte[5]))));

        IOException refused = assertThrows(IOException.class, () -> pdf(pack));
        assertTrue(refused.getMessage().contains("File report has 5 bytes, not the 10"), refused.getMessage());
    }

    @Test
    void theDocumentSaysWhatItIsAndTheCallersStreamStaysOpen() throws IOException {
        PackContent pack = pack(List.of(section("record", "Ava's record", entry("a", "Address", "here"))), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream callers = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new PackPdfWriter().write(pack, callers);

        assertFalse(closed[0], "the caller may still have more to send");
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            PDDocumentInformation information = document.getDocumentInformation();
            assertEquals(TITLE, information.getTitle());
            assertEquals("Subject access pack", information.getSubject());
            assertEquals("Pupil Support", information.getProducer());
            assertEquals(595.28f, document.getPage(0).getMediaBox().getWidth(), 0.01f, "A4");
            assertEquals(841.89f, document.getPage(0).getMediaBox().getHeight(), 0.01f, "A4");
        }
    }

}
