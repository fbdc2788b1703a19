package org.pupilsupport.core.privacy.subjectaccess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * Prints a subject access pack as an A4 PDF for the person who asked: a title page, the contents with the page each
 * part starts on, one part per section, and the list of files released with the pack and their checksums. Every page
 * carries the request's reference and "Page n of N", so that a page that strays can be put back.
 * <p>
 * Nothing is left out: the pack arrives already reviewed, and every word of it is printed, wrapped to the page and
 * flowing over as many pages as it needs. A character the embedded font cannot draw (an emoji, a control character)
 * is printed as "?" rather than stopping the pack; the zip from {@link PackArchiveWriter} keeps the exact text.
 * <p>
 * A writer keeps no state between packs, so one instance can serve any number of requests at once.
 */
public class PackPdfWriter {

    /** Liberation Sans covers Latin, Greek and Cyrillic, which is what the names in a London borough's records need. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final String FILES_HEADING = "Files released with this pack";
    private static final String CONTENTS_HEADING = "Contents";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]");
    private static final String TAB_AS_SPACES = "    ";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56.7f; // 20 mm
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 8;
    private static final float FOOTER_BASELINE = MARGIN - 22;
    private static final float ENTRY_GAP = 9;
    private static final float HEADING_GAP = 10;
    /** Wide enough for any page number and a few leader dots, so the contents' length never depends on the numbers. */
    private static final String WIDEST_PAGE_NUMBER = "000000";

    /** Sizes in points; the one font has no bold, so emphasis is a heavier stroke round the letters. */
    private enum Style {
        TITLE(24, true), SUBTITLE(15, false), HEADING(16, true), LABEL(12, true), BODY(10.5f, false), FOOTER(9, false);

        final float size;
        final boolean heavy;

        Style(float size, boolean heavy) {
            this.size = size;
            this.heavy = heavy;
        }

        float leading() {
            return size * 1.35f;
        }
    }

    /** One line of text where it will be drawn; pages are laid out whole before any is drawn. */
    private record Placed(Style style, float x, float baseline, String text) {
    }

    /**
     * Writes the pack's PDF to {@code out}, which is flushed and left open.
     *
     * @throws IOException when the output fails or a file cannot be read whole (its checksum would be wrong)
     */
    public void write(PackContent pack, OutputStream out) throws IOException {
        if (pack == null || out == null) {
            throw new IllegalArgumentException("Writing a pack needs the pack and somewhere to write it");
        }
        // Read every file before drawing anything: one that cannot be read stops the pack at once.
        List<StreamedFile> checkedFiles = new ArrayList<>();
        for (PackFile file : pack.files()) {
            checkedFiles.add(StreamedFile.read(file));
        }
        try (PDDocument document = new PDDocument()) {
            Typesetter typesetter = new Typesetter(loadFont(document));
            List<List<Placed>> titlePages = titlePages(pack, typesetter);
            Flow body = new Flow(typesetter);
            List<Integer> partStarts = new ArrayList<>();
            for (PackSection section : pack.sections()) {
                partStarts.add(body.startPage());
                section(section, body);
            }
            partStarts.add(body.startPage());
            files(pack.files(), checkedFiles, body);

            int contentsLength = contentsPages(pack, partStarts, 0, typesetter).size();
            int firstBodyPage = titlePages.size() + contentsLength + 1;
            List<List<Placed>> contents = contentsPages(pack, partStarts, firstBodyPage, typesetter);
            if (contents.size() != contentsLength) {
                throw new IllegalStateException("The contents changed length when their page numbers were filled in");
            }

            List<List<Placed>> pages = new ArrayList<>(titlePages);
            pages.addAll(contents);
            pages.addAll(body.pages());
            draw(document, pages, pack.requestReference(), typesetter);
            describe(document, pack);
            document.save(out);
        }
        out.flush();
    }

    private static PDType0Font loadFont(PDDocument document) throws IOException {
        // PDFBox's own class, so the font is found through PDFBox's class loader wherever the server puts its jar
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("The PDF library no longer carries the font " + FONT);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // Left on, PDFBox runs the font's glyph substitution rules over every line it draws, which takes a
            // 600-entry pack from a fraction of a second to ten; the alphabets printed here need none of them, and
            // the lines are measured glyph by glyph, as drawn without substitution.
            font.setEnableGsub(false);
            // The document reads the font when it saves its subset, so the two close together.
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
        }
    }

    private static List<List<Placed>> titlePages(PackContent pack, Typesetter typesetter) throws IOException {
        Flow title = new Flow(typesetter);
        title.startPage();
        title.skip(PAGE.getHeight() / 5);
        title.text(Style.TITLE, pack.title());
        title.gap(HEADING_GAP);
        title.text(Style.SUBTITLE, pack.boroughName());
        title.gap(HEADING_GAP * 3);
        title.text(Style.BODY, "Subject access request " + pack.requestReference());
        title.text(Style.BODY, "Produced on " + LONG_DATE.format(pack.producedOn()));
        title.gap(HEADING_GAP * 2);
        title.text(Style.BODY, "Where information has been withheld, this pack says so at the place where it would have appeared"
                + " and gives the ground for withholding it.");
        return title.pages();
    }

    private static void section(PackSection section, Flow body) throws IOException {
        body.text(Style.HEADING, section.heading());
        body.gap(HEADING_GAP);
        boolean first = true;
        for (PackEntry entry : section.entries()) {
            if (!first) {
                body.gap(ENTRY_GAP);
            }
            first = false;
            boolean hasText = !entry.text().isBlank();
            List<String> label = body.typesetter.lines(entry.label(), Style.LABEL, WIDTH);
            // A label alone at the foot of a page reads as an item with nothing in it.
            body.keepTogether(label.size() * Style.LABEL.leading() + (hasText ? Style.BODY.leading() : 0));
            body.lines(Style.LABEL, label);
            if (hasText) {
                body.text(Style.BODY, withoutTrailingLineBreaks(entry.text()));
            }
        }
    }

    private static void files(List<PackFile> files, List<StreamedFile> checked, Flow body) throws IOException {
        body.text(Style.HEADING, FILES_HEADING);
        body.gap(HEADING_GAP);
        if (files.isEmpty()) {
            body.text(Style.BODY, "No files are released with this pack.");
            return;
        }
        body.text(Style.BODY, "These files are supplied alongside this document, not inside it. The SHA-256 checksum of each"
                + " lets anyone check that a file they hold is exactly the one released.");
        for (int i = 0; i < files.size(); i++) {
            PackFile file = files.get(i);
            body.gap(ENTRY_GAP);
            List<String> name = body.typesetter.lines(file.fileName(), Style.LABEL, WIDTH);
            body.keepTogether(name.size() * Style.LABEL.leading() + 3 * Style.BODY.leading());
            body.lines(Style.LABEL, name);
            body.text(Style.BODY, "Type: " + file.contentType());
            body.text(Style.BODY, "Size: " + humanSize(checked.get(i).size()));
            body.text(Style.BODY, "SHA-256: " + checked.get(i).sha256());
        }
    }

    /**
     * The contents, numbered from {@code firstBodyPage}. Each heading wraps short of a column kept for the widest page
     * number, so laying the contents out with any numbers gives the same pages: the first pass counts them, the
     * second fills in the real numbers.
     */
    private static List<List<Placed>> contentsPages(PackContent pack, List<Integer> partStarts, int firstBodyPage,
                                                    Typesetter typesetter) throws IOException {
        Flow contents = new Flow(typesetter);
        contents.startPage();
        contents.text(Style.HEADING, CONTENTS_HEADING);
        contents.gap(HEADING_GAP);
        contents.continuedUnder(CONTENTS_HEADING + " (continued)");
        List<String> headings = new ArrayList<>();
        pack.sections().forEach(section -> headings.add(section.heading()));
        headings.add(FILES_HEADING);
        float numberColumn = typesetter.width(WIDEST_PAGE_NUMBER, Style.BODY);
        float dotWidth = typesetter.width(".", Style.BODY);
        for (int i = 0; i < headings.size(); i++) {
            List<String> lines = typesetter.lines(headings.get(i), Style.BODY, WIDTH - numberColumn);
            contents.keepTogether(lines.size() * Style.BODY.leading());
            contents.lines(Style.BODY, lines);
            String number = Integer.toString(firstBodyPage + partStarts.get(i));
            float numberWidth = typesetter.width(number, Style.BODY);
            float lastLineEnd = LEFT + typesetter.width(lines.get(lines.size() - 1), Style.BODY);
            float leaderStart = lastLineEnd + dotWidth * 2;
            int dots = (int) ((RIGHT - numberWidth - dotWidth * 2 - leaderStart) / dotWidth);
            if (dots > 0) {
                contents.alongside(Style.BODY, leaderStart, ".".repeat(dots));
            }
            contents.alongside(Style.BODY, RIGHT - numberWidth, number);
            contents.gap(3);
        }
        return contents.pages();
    }

    private static void draw(PDDocument document, List<List<Placed>> pages, String reference, Typesetter typesetter)
            throws IOException {
        PDType0Font font = typesetter.font;
        String footerReference = typesetter.printable(reference);
        int pageCount = pages.size();
        for (int n = 1; n <= pageCount; n++) {
            List<Placed> lines = new ArrayList<>(pages.get(n - 1));
            lines.add(new Placed(Style.FOOTER, LEFT, FOOTER_BASELINE, footerReference));
            String pageOf = "Page " + n + " of " + pageCount;
            lines.add(new Placed(Style.FOOTER, RIGHT - typesetter.width(pageOf, Style.FOOTER), FOOTER_BASELINE, pageOf));

            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.setLineWidth(0.35f);
                stream.beginText();
                Style current = null;
                for (Placed line : lines) {
                    if (line.style() != current) {
                        current = line.style();
                        stream.setFont(font, current.size);
                        stream.setRenderingMode(current.heavy ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                    }
                    stream.setTextMatrix(Matrix.getTranslateInstance(line.x(), line.baseline()));
                    stream.showText(line.text());
                }
                stream.endText();
            }
        }
    }

    private static void describe(PDDocument document, PackContent pack) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(pack.title());
        information.setSubject("Subject access pack");
        information.setAuthor(pack.boroughName());
        information.setProducer("Pupil Support");
        document.getDocumentCatalog().setLanguage("en-GB");
        // Screen readers and viewers then announce the pack's title rather than a file name.
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    static String humanSize(long bytes) {
        if (bytes == 1) {
            return "1 byte";
        }
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double scaled = bytes;
        int unit = -1;
        while (scaled >= 1024 && unit < units.length - 1) {
            scaled /= 1024;
            unit++;
        }
        return String.format(Locale.UK, "%.1f %s (%,d bytes)", scaled, units[unit], bytes);
    }

    private static String withoutTrailingLineBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Turns text into lines the font can draw and that fit a width. */
    private static final class Typesetter {

        private static final float NOT_IN_FONT = -1;

        final PDType0Font font;
        /** Advance widths in thousandths of the font size, or {@link #NOT_IN_FONT}: asking the font is slow. */
        private final Map<Integer, Float> advances = new HashMap<>();

        Typesetter(PDType0Font font) {
            this.font = font;
        }

        /** The text's lines as drawn: its own line breaks kept, each line wrapped to {@code width}. */
        List<String> lines(String text, Style style, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : LINE_BREAK.split(text, -1)) {
                lines.addAll(wrap(printable(paragraph), style, width));
            }
            return lines;
        }

        /**
         * The text with what the font cannot draw replaced. Composed first, because PDFBox draws accents that come
         * as separate characters beside their letter rather than over it.
         */
        String printable(String text) throws IOException {
            String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
            StringBuilder printable = new StringBuilder(composed.length());
            for (int i = 0; i < composed.length(); ) {
                int codePoint = composed.codePointAt(i);
                i += Character.charCount(codePoint);
                if (codePoint == '\t') {
                    printable.append(TAB_AS_SPACES);
                } else if (Character.isISOControl(codePoint) || advance(codePoint) == NOT_IN_FONT) {
                    printable.append('?');
                } else {
                    printable.appendCodePoint(codePoint);
                }
            }
            return printable.toString();
        }

        /** Of printable text. */
        float width(String printable, Style style) throws IOException {
            return width(printable, 0, printable.length()) * style.size / 1000;
        }

        private float width(String printable, int from, int to) throws IOException {
            float width = 0;
            for (int i = from; i < to; ) {
                int codePoint = printable.codePointAt(i);
                width += advance(codePoint);
                i += Character.charCount(codePoint);
            }
            return width;
        }

        /**
         * Breaks a printable line at the last space that fits, or, in a word longer than the whole width, just before
         * the character that would not fit: every character is kept.
         */
        private List<String> wrap(String line, Style style, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            float limit = width * 1000 / style.size;
            int lineStart = 0;
            int lastSpace = -1;
            float lineWidth = 0;
            int i = 0;
            while (i < line.length()) {
                int codePoint = line.codePointAt(i);
                float advance = advance(codePoint);
                if (lineWidth + advance > limit && i > lineStart) {
                    if (codePoint == ' ') {
                        lines.add(line.substring(lineStart, i));
                        i++;
                        lineStart = i;
                        lineWidth = 0;
                        lastSpace = -1;
                    } else if (lastSpace > lineStart) {
                        lines.add(line.substring(lineStart, lastSpace));
                        lineStart = lastSpace + 1;
                        lineWidth = width(line, lineStart, i);
                        lastSpace = -1;
                    } else {
                        lines.add(line.substring(lineStart, i));
                        lineStart = i;
                        lineWidth = 0;
                        lastSpace = -1;
                    }
                    continue;
                }
                if (codePoint == ' ') {
                    lastSpace = i;
                }
                lineWidth += advance;
                i += Character.charCount(codePoint);
            }
            lines.add(line.substring(lineStart));
            return lines;
        }

        private float advance(int codePoint) throws IOException {
            Float known = advances.get(codePoint);
            if (known != null) {
                return known;
            }
            float advance;
            try {
                advance = font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IllegalArgumentException noGlyph) {
                advance = NOT_IN_FONT;
            }
            advances.put(codePoint, advance);
            return advance;
        }
    }

    /** Lays lines down a page and on to new pages, remembering where each line went. */
    private static final class Flow {

        final Typesetter typesetter;
        private final List<List<Placed>> pages = new ArrayList<>();
        private List<Placed> page;
        private boolean pageHasContent;
        private float y;
        private String continuationHeading;

        Flow(Typesetter typesetter) {
            this.typesetter = typesetter;
        }

        /** Starts a new page and returns its index in this flow. */
        int startPage() throws IOException {
            page = new ArrayList<>();
            pages.add(page);
            y = TOP;
            if (continuationHeading != null) {
                lines(Style.HEADING, typesetter.lines(continuationHeading, Style.HEADING, WIDTH));
                y -= HEADING_GAP;
            }
            pageHasContent = false;
            return pages.size() - 1;
        }

        /** Each page after this one opens with the heading, so a reader who turns to it knows where they are. */
        void continuedUnder(String heading) {
            continuationHeading = heading;
        }

        void text(Style style, String text) throws IOException {
            lines(style, typesetter.lines(text, style, WIDTH));
        }

        void lines(Style style, List<String> lines) throws IOException {
            for (String line : lines) {
                if (page == null || y - style.leading() < BOTTOM) {
                    startPage();
                }
                y -= style.leading();
                if (!line.isEmpty()) {
                    page.add(new Placed(style, LEFT, y, line));
                }
                pageHasContent = true;
            }
        }

        /** Another piece of the line just laid, further along it. */
        void alongside(Style style, float x, String printable) {
            page.add(new Placed(style, x, y, printable));
        }

        /** Space between blocks, which a new page makes unnecessary. */
        void gap(float height) {
            if (pageHasContent) {
                y -= height;
            }
        }

        void skip(float height) {
            y -= height;
        }

        /** Moves to a new page unless what follows fits on this one, or would not fit on any page anyway. */
        void keepTogether(float height) throws IOException {
            if (page == null) {
                startPage();
            } else if (pageHasContent && y - height < BOTTOM && TOP - height >= BOTTOM) {
                startPage();
            }
        }

        List<List<Placed>> pages() {
            return pages;
        }
    }
}
