package org.pupilsupport.core.schools.gias;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads comma-separated records (RFC 4180) one at a time: a value in double quotes may hold commas, line
 * breaks and doubled quotes ("") standing for one. Lines may end CR LF, LF or CR. Blank lines are
 * skipped. Only one record is held at a time, and values the caller does not want are scanned but never
 * kept, so a file of any size reads in little memory.
 *
 * <p>Lenient where the intent is clear: text after a closing quote, or a quote inside an unquoted value,
 * is kept as written. A quote that is never closed is not guessed at: everything after it would be one
 * value, so reading stops with {@link GiasFileException}.
 */
final class CsvRecords {

    /** A real GIAS row is under 2,000 characters; a record this long means a quote mark is missing. */
    static final int LONGEST_RECORD = 1_000_000;

    private static final int END = -1;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;

    /** The line the next character is on, counting from 1, line breaks inside quotes included. */
    private long line = 1;
    private long recordLine;
    private boolean[] kept;
    private String[] values = new String[32];
    private int count;
    private final StringBuilder value = new StringBuilder();

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** From now on, keeps only the values at positions marked true; the others come back as null. */
    void keepOnly(boolean[] positions) {
        this.kept = positions.clone();
    }

    /** The line on which the last record returned starts: what an officer sees in a text editor. */
    long recordLine() {
        return recordLine;
    }

    /**
     * @return the next record's values, in file order, or null when the input is used up
     * @throws GiasFileException if a quoted value is never closed
     */
    String[] next() throws IOException {
        if (!skipBlankLines()) {
            return null;
        }
        recordLine = line;
        count = 0;
        int recordLength = 0;
        while (true) {
            boolean keep = kept == null || count < kept.length && kept[count];
            value.setLength(0);
            int c = read();
            if (c == '"') {
                long quoteLine = line;
                while (true) {
                    c = read();
                    if (c == END) {
                        throw new GiasFileException("The value that starts on line " + quoteLine + " has no closing quote mark (\"), so the"
                                + " rest of the file cannot be read. The file may have been cut short or edited by hand: download it again.");
                    }
                    if (c == '"') {
                        if (peek() != '"') {
                            break;
                        }
                        read();
                    } else if (c == '\n' || c == '\r' && peek() != '\n') {
                        line++;
                    }
                    if (keep) {
                        value.append((char) c);
                    }
                    recordLength = checkedLength(recordLength);
                }
                c = read();
            }
            while (c != ',' && c != '\n' && c != '\r' && c != END) {
                if (keep) {
                    value.append((char) c);
                }
                recordLength = checkedLength(recordLength);
                c = read();
            }
            add(keep ? value.toString() : null);
            if (c != ',') {
                endLine(c);
                return Arrays.copyOf(values, count);
            }
        }
    }

    private int checkedLength(int recordLength) {
        if (recordLength >= LONGEST_RECORD) {
            throw new GiasFileException("The row that starts on line " + recordLine + " runs on for over " + LONGEST_RECORD
                    + " characters, so a quote mark (\") is probably missing and the rest of the file cannot be read."
                    + " Download the file again.");
        }
        return recordLength + 1;
    }

    private void add(String read) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = read;
    }

    /** @return false at the end of the input */
    private boolean skipBlankLines() throws IOException {
        while (true) {
            int c = peek();
            if (c == END) {
                return false;
            }
            if (c != '\n' && c != '\r') {
                return true;
            }
            endLine(read());
        }
    }

    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c != END) {
            line++;
        }
    }

    private int read() throws IOException {
        return position < limit || fill() ? buffer[position++] : END;
    }

    private int peek() throws IOException {
        return position < limit || fill() ? buffer[position] : END;
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
