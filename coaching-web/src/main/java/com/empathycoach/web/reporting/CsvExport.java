package com.empathycoach.web.reporting;

import com.empathycoach.core.reporting.CompletionRow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The completion export as CSV: RFC 4180 (CRLF; a field is quoted when it holds a quote, comma or line break,
 * starts with a character up to '#' or ends in one up to a space, as Commons CSV's minimal quoting does), UTF-8,
 * optionally with a byte order mark so Excel reads the accents right. Scores and attempts are bare numbers; dates
 * are ISO 8601. Text that a spreadsheet would run as a formula starts with an apostrophe ({@link #neutralised}).
 *
 * <p>Names, e-mails, teams, items and dates repeat from row to row, so each distinct value is quoted and encoded
 * once and its bytes reused (the cache is bounded, so memory does not grow with the rows).
 */
public final class CsvExport {

    public static final List<String> HEADER = List.of("agent", "email", "team", "coach", "item", "assigned_on", "due_on",
            "status", "assignment", "completed_on", "best_score", "attempts");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    public static int write(OutputStream out, boolean bom, RowSource rows) throws IOException {
        Writer csv = new Writer(out);
        if (bom) {
            csv.raw(BOM);
        }
        for (int i = 0; i < HEADER.size(); i++) {
            csv.field(HEADER.get(i), i == 0);
        }
        csv.endRecord();
        int count;
        try {
            count = rows.stream(row -> {
                try {
                    csv.record(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return count;
    }

    /** First characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";

    /**
     * The text as a spreadsheet should show it: a value that would start a formula (a name such as
     * {@code =HYPERLINK(...)}) gets a leading apostrophe, so the spreadsheet shows it as text and never runs it.
     */
    static String neutralised(String value) {
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The bytes of one field as it is written, neutralised and quoted where needed. Package-private for its tests. */
    static byte[] encode(String text, boolean first) {
        String value = neutralised(text);
        if (!needsQuotes(value, first)) {
            return value.getBytes(StandardCharsets.UTF_8);
        }
        return ('"' + value.replace("\"", "\"\"") + '"').getBytes(StandardCharsets.UTF_8);
    }

    private static boolean needsQuotes(String value, boolean first) {
        if (value.isEmpty()) {
            // An empty first field is quoted, or a record of one empty field would be an empty line.
            return first;
        }
        if (value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == ',' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Writes fields into a buffer of its own, reusing the encoded bytes of values it has seen. */
    private static final class Writer {

        private static final int CACHE_LIMIT = 4_096;
        private static final byte[] CRLF = {'\r', '\n'};

        private final OutputStream out;
        private final byte[] buffer = new byte[64 * 1024];
        private final Map<Object, byte[]> encoded = new HashMap<>();
        private final Map<Object, byte[]> encodedFirst = new HashMap<>();
        private int length;
        private boolean lineStart = true;

        Writer(OutputStream out) {
            this.out = out;
        }

        void record(CompletionRow row) throws IOException {
            field(row.agent(), true);
            field(row.email(), false);
            field(row.team(), false);
            field(row.coach(), false);
            field(row.item(), false);
            field(row.assignedOn(), false);
            field(row.dueOn(), false);
            field(row.status(), false);
            field(row.assignment(), false);
            field(row.completedOn(), false);
            number(row.bestScore());
            number(row.attempts());
            endRecord();
        }

        void field(Object value, boolean first) throws IOException {
            separate();
            Map<Object, byte[]> cache = first ? encodedFirst : encoded;
            Object key = value == null ? "" : value;
            byte[] bytes = cache.get(key);
            if (bytes == null) {
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                bytes = encode(key.toString(), first);
                cache.put(key, bytes);
            }
            raw(bytes);
        }

        /** A whole number as its digits (never quoted: digits and '-' come after '#'); null as an empty field. */
        void number(Integer value) throws IOException {
            separate();
            if (value == null) {
                return;
            }
            if (length + 11 > buffer.length) {
                flushBuffer();
            }
            String digits = Integer.toString(value);
            for (int i = 0; i < digits.length(); i++) {
                buffer[length++] = (byte) digits.charAt(i);
            }
        }

        void endRecord() throws IOException {
            raw(CRLF);
            lineStart = true;
        }

        private void separate() throws IOException {
            if (!lineStart) {
                if (length == buffer.length) {
                    flushBuffer();
                }
                buffer[length++] = ',';
            }
            lineStart = false;
        }

        void raw(byte[] bytes) throws IOException {
            if (length + bytes.length > buffer.length) {
                flushBuffer();
                if (bytes.length > buffer.length) {
                    out.write(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private void flushBuffer() throws IOException {
            out.write(buffer, 0, length);
            length = 0;
        }

        void flush() throws IOException {
            flushBuffer();
            out.flush();
        }
    }
}
