package com.empathycoach.web.reporting;

import com.empathycoach.core.coaching.AssignmentOutcome;
import com.empathycoach.core.reporting.CompletionRow;
import com.empathycoach.core.reporting.CompletionRow.Status;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFormatsTest {

    private static final List<CompletionRow> ROWS = List.of(
            new CompletionRow("Zoë \"Zed\" O'Brien, Jr.", "zoe@example.org", "Équipe Nord, Lyon", "Łukasz Żółć",
                    "Why empathy matters \u203A See it from their side", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20),
                    Status.PASSED, AssignmentOutcome.MET, LocalDate.of(2026, 11, 9), 85, 2),
            new CompletionRow("李小龍", "li@example.org", "Team\nwith a line break", "Coach \"Q\"", "Price rise; \"calm\"",
                    LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4), Status.NOT_STARTED, AssignmentOutcome.OVERDUE, null, null,
                    0));

    private static RowSource rows() {
        return sink -> {
            ROWS.forEach(sink);
            return ROWS.size();
        };
    }

    @Test
    void csvSurvivesARoundTripThroughAStandardParserWithQuotesCommasNewlinesAndAccents() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(CsvExport.write(out, false, rows())).isEqualTo(2);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 'a');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains(",85,2\r\n").contains(",,0\r\n");

        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(CsvExport.HEADER);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(2);
            for (int i = 0; i < ROWS.size(); i++) {
                CompletionRow row = ROWS.get(i);
                CSVRecord record = records.get(i);
                assertThat(record.get("agent")).isEqualTo(row.agent());
                assertThat(record.get("team")).isEqualTo(row.team());
                assertThat(record.get("coach")).isEqualTo(row.coach());
                assertThat(record.get("item")).isEqualTo(row.item());
                assertThat(record.get("assigned_on")).isEqualTo(row.assignedOn().toString());
                assertThat(record.get("status")).isEqualTo(row.status().name());
                assertThat(record.get("completed_on")).isEqualTo(row.completedOn() == null ? "" : row.completedOn().toString());
                assertThat(record.get("assignment")).isEqualTo(row.assignment().name());
                assertThat(record.get("best_score")).isEqualTo(row.bestScore() == null ? "" : row.bestScore().toString());
                assertThat(Integer.parseInt(record.get("attempts"))).isEqualTo(row.attempts());
            }
        }
    }

    /**
     * The export writes its own bytes for speed; they must be the bytes a standard CSV library writes, for
     * every kind of awkward value: quotes, commas, line breaks, leading '#' or spaces, trailing spaces,
     * empty values, accents and characters outside the basic plane.
     */
    @Test
    void csvIsByteForByteWhatAStandardCsvLibraryWritesForAwkwardValues() throws Exception {
        Random random = new Random(26);
        String[] pieces = {"a", "Zoë", "李", "\uD83D\uDE00", " ", "\"", ",", "\n", "\r", "#", "!", "\t", "-", "=", "+", "@", "'",
                "x y", ""};
        List<CompletionRow> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String[] text = new String[5];
            for (int f = 0; f < text.length; f++) {
                StringBuilder value = new StringBuilder();
                for (int n = random.nextInt(4); n > 0; n--) {
                    value.append(pieces[random.nextInt(pieces.length)]);
                }
                text[f] = value.toString();
            }
            LocalDate done = random.nextBoolean() ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400));
            rows.add(new CompletionRow(text[0], text[1], text[2], text[3], text[4], LocalDate.of(2025, 12, 31).plusDays(i % 500),
                    LocalDate.of(2026, 3, 1), CompletionRow.statusOf(done, i % 3), AssignmentOutcome.values()[i % 4], done,
                    random.nextBoolean() ? null : random.nextInt(-5, 101), i % 3));
        }
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        CsvExport.write(ours, true, sink -> {
            rows.forEach(sink);
            return rows.size();
        });

        ByteArrayOutputStream reference = new ByteArrayOutputStream();
        reference.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer writer = new OutputStreamWriter(reference, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer,
                     CSVFormat.RFC4180.builder().setHeader(CsvExport.HEADER.toArray(String[]::new)).get())) {
            for (CompletionRow r : rows) {
                printer.printRecord(asText(r.agent()), asText(r.email()), asText(r.team()), asText(r.coach()), asText(r.item()),
                        r.assignedOn(), r.dueOn(), r.status(),
                        r.assignment(), r.completedOn(), r.bestScore(), r.attempts());
            }
        }
        String expected = reference.toString(StandardCharsets.UTF_8);
        String actual = ours.toString(StandardCharsets.UTF_8);
        int at = 0;
        while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 40);
        assertThat(actual.substring(from, Math.min(actual.length(), at + 40)))
                .as("first difference at character %d", at)
                .isEqualTo(expected.substring(from, Math.min(expected.length(), at + 40)));
        assertThat(ours.toByteArray()).isEqualTo(reference.toByteArray());
    }

    /** OWASP's rule for CSV injection, written out again for the reference: formula starts get an apostrophe. */
    private static String asText(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    @Test
    void textThatWouldRunAsAFormulaInASpreadsheetIsWrittenAsText() throws Exception {
        List<CompletionRow> rows = List.of(new CompletionRow("=HYPERLINK(\"http://evil.example\",\"click\")", "+a@x.test",
                "@SUM(1+1)", "-2+3", "Ana", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8),
                CompletionRow.statusOf(null, 1), AssignmentOutcome.OPEN, null, -5, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, false, sink -> {
            rows.forEach(sink);
            return rows.size();
        });
        String line = out.toString(StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(line).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'+a@x.test,'@SUM(1+1),'-2+3,Ana,")
                .endsWith(",-5,1");
    }

    @Test
    void theExcelOptionStartsWithAByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, true, rows());
        byte[] bytes = out.toByteArray();
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).startsWith("agent,email,");
    }

    @Test
    void xlsxReadsBackWithTextNumbersAndDatesInTheirTypes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(XlsxExport.write(out, rows())).isEqualTo(2);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet).hasSize(3);
            assertThat(sheet.getFirst().getCellText(0)).isEqualTo("agent");
            Row first = sheet.get(1);
            assertThat(first.getCellText(0)).isEqualTo(ROWS.getFirst().agent());
            assertThat(first.getCellText(2)).isEqualTo("Équipe Nord, Lyon");
            assertThat(first.getCellText(7)).isEqualTo("PASSED");
            assertThat(first.getCellText(8)).isEqualTo("MET");
            assertThat(first.getCell(10).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCellAsNumber(10)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(85));
            assertThat(first.getCellAsDate(5)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 2)));
            Row second = sheet.get(2);
            assertThat(second.getCellText(0)).isEqualTo("李小龍");
            assertThat(second.getCellText(2)).isEqualTo("Team\nwith a line break");
            assertThat(second.getCellText(7)).isEqualTo("NOT_STARTED");
            assertThat(second.getCellText(8)).isEqualTo("OVERDUE");
            assertThat(second.getCellAsNumber(11)).hasValueSatisfying(n -> assertThat(n.intValue()).isZero());
        }
    }
}
