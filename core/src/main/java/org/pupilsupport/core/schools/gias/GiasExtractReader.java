package org.pupilsupport.core.schools.gias;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.pupilsupport.core.schools.SchoolDetails;
import org.pupilsupport.core.schools.SchoolField;

/**
 * Reads a GIAS establishment extract a row at a time, without holding the file in memory. Columns are
 * found by their heading, so their order does not matter; the file is refused before any row is read if a
 * column the register cannot do without is missing. A bad row is returned as {@link GiasRow.Rejected},
 * with its line and the reason, and reading carries on.
 *
 * <p>The caller owns the stream and closes it.
 */
public final class GiasExtractReader {

    /** What GIAS publishes its extracts in. */
    public static final Charset GIAS_CHARSET = Charset.forName("windows-1252");

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern URN = Pattern.compile("\\d{6}");

    private final CountingInputStream counted;
    private final Charset charset;
    private final CsvRecords records;
    private final int headingCount;
    private final Map<GiasColumn, Integer> positions;
    private final Set<SchoolField> fieldsNotInFile;

    private GiasExtractReader(CountingInputStream counted, Charset charset, CsvRecords records, int headingCount,
                              Map<GiasColumn, Integer> positions) {
        this.counted = counted;
        this.charset = charset;
        this.records = records;
        this.headingCount = headingCount;
        this.positions = positions;
        Set<SchoolField> absent = EnumSet.noneOf(SchoolField.class);
        for (GiasColumn column : GiasColumn.values()) {
            if (!positions.containsKey(column) && column.field() != null) {
                absent.add(column.field());
            }
        }
        this.fieldsNotInFile = Collections.unmodifiableSet(absent);
    }

    /**
     * Reads the heading row and checks the columns the register needs are there.
     *
     * @throws GiasFileException if the file is empty or lacks a required column (naming every one missing)
     */
    public static GiasExtractReader open(InputStream extract) throws IOException {
        CountingInputStream counted = new CountingInputStream(extract);
        BufferedInputStream buffered = new BufferedInputStream(counted, 64 * 1024);
        // GIAS files are Windows-1252 and carry no byte-order mark. One that starts with the UTF-8 mark has
        // been re-saved as UTF-8 (a spreadsheet's "CSV UTF-8" does this), so it is read as UTF-8; without
        // the mark the file is taken as GIAS publishes it. Bytes that are not valid text become U+FFFD
        // rather than stopping the load.
        Charset charset = startsWithUtf8ByteOrderMark(buffered) ? StandardCharsets.UTF_8 : GIAS_CHARSET;
        CsvRecords records = new CsvRecords(new InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        String[] headings = records.next();
        if (headings == null) {
            throw new GiasFileException("The file is empty. Download the establishment data CSV from Get Information about Schools"
                    + " and upload it as it is.");
        }
        Map<GiasColumn, Integer> positions = positionsOf(headings);
        List<String> missing = Arrays.stream(GiasColumn.values()).filter(GiasColumn::isRequired)
                .filter(column -> !positions.containsKey(column)).map(column -> "\"" + column.heading() + "\"").toList();
        if (!missing.isEmpty()) {
            throw new GiasFileException("This is not a GIAS establishment extract the register can use: it has no "
                    + String.join(", ", missing) + (missing.size() == 1 ? " column" : " columns")
                    + ". Download the establishment data CSV from Get Information about Schools and upload it as it is.");
        }
        boolean[] kept = new boolean[headings.length];
        positions.values().forEach(position -> kept[position] = true);
        records.keepOnly(kept);
        return new GiasExtractReader(counted, charset, records, headings.length, positions);
    }

    private static boolean startsWithUtf8ByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(UTF8_BYTE_ORDER_MARK.length);
        byte[] start = in.readNBytes(UTF8_BYTE_ORDER_MARK.length);
        if (Arrays.equals(start, UTF8_BYTE_ORDER_MARK)) {
            return true;
        }
        in.reset();
        return false;
    }

    private static Map<GiasColumn, Integer> positionsOf(String[] headings) {
        Map<String, Integer> byHeading = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < headings.length; i++) {
            if (byHeading.putIfAbsent(headings[i].strip(), i) != null) {
                repeated.add(headings[i].strip());
            }
        }
        Map<GiasColumn, Integer> positions = new EnumMap<>(GiasColumn.class);
        for (GiasColumn column : GiasColumn.values()) {
            Integer position = byHeading.get(column.heading());
            if (position != null) {
                if (repeated.contains(column.heading())) {
                    throw new GiasFileException("The file has more than one \"" + column.heading() + "\" column, so it is not clear"
                            + " which to use. Upload the file as Get Information about Schools published it.");
                }
                positions.put(column, position);
            }
        }
        return positions;
    }

    /**
     * The next row, or null when the file is used up. Rows with nothing in any column the register uses
     * (such as the empty rows a spreadsheet leaves at the end) are skipped.
     *
     * @throws GiasFileException if the rest of the file cannot be read (a quote mark never closed)
     */
    public GiasRow next() throws IOException {
        while (true) {
            String[] values = records.next();
            if (values == null) {
                return null;
            }
            long line = records.recordLine();
            for (int i = 0; i < values.length; i++) {
                values[i] = emptyAsNone(values[i]);
            }
            String urn = positions.get(GiasColumn.URN) < values.length ? values[positions.get(GiasColumn.URN)] : null;
            if (values.length != headingCount) {
                if (Arrays.stream(values).allMatch(value -> value == null)) {
                    continue;
                }
                return new GiasRow.Rejected(line, urn, "The row has " + values.length + (values.length == 1 ? " value" : " values")
                        + " where the heading row has " + headingCount + ": a comma or quote mark may be missing or extra");
            }
            if (positions.values().stream().allMatch(position -> values[position] == null)) {
                continue;
            }
            return row(line, urn, values);
        }
    }

    private GiasRow row(long line, String urn, String[] values) {
        if (urn == null) {
            return new GiasRow.Rejected(line, null, "The URN is empty");
        }
        if (!URN.matcher(urn).matches()) {
            return new GiasRow.Rejected(line, urn, "URN '" + urn + "' is not six digits");
        }
        SchoolDetails.Builder details = SchoolDetails.builder();
        try {
            for (Map.Entry<GiasColumn, Integer> column : positions.entrySet()) {
                column.getKey().read(values[column.getValue()], details);
            }
            return new GiasRow.Establishment(line, Integer.parseInt(urn), details.build());
        } catch (IllegalArgumentException broken) {
            return new GiasRow.Rejected(line, urn, broken.getMessage());
        }
    }

    private static String emptyAsNone(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The details of the register this file has no column for: a refresh leaves them as they are. */
    public Set<SchoolField> fieldsNotInFile() {
        return fieldsNotInFile;
    }

    /** Windows-1252, or UTF-8 if the file starts with a UTF-8 byte-order mark. */
    public Charset charset() {
        return charset;
    }

    /**
     * Bytes taken from the stream so far, for a progress bar against the file's size. Reading runs a
     * buffer ahead of the rows returned, so this leads them by some tens of kilobytes.
     */
    public long bytesRead() {
        return counted.count();
    }
}
