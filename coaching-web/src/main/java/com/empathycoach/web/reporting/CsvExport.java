package com.empathycoach.web.reporting;

import com.empathycoach.core.reporting.CompletionRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The completion export as CSV: RFC 4180 (CRLF, quotes only where needed), UTF-8, optionally with a byte
 * order mark so Excel reads the accents right. Scores and attempts are bare numbers; dates are ISO 8601.
 */
public final class CsvExport {

    public static final List<String> HEADER = List.of("agent", "email", "team", "coach", "item", "assigned_on", "due_on",
            "status", "assignment", "completed_on", "best_score", "attempts");
    private static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    public static int write(OutputStream out, boolean bom, RowSource rows) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (bom) {
            writer.write(BOM);
        }
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        int count;
        try {
            count = rows.stream(row -> {
                try {
                    csv.printRecord(row.agent(), row.email(), row.team(), row.coach(), row.item(), row.assignedOn(),
                            row.dueOn(), row.status(), row.assignment(), row.completedOn(), row.bestScore(), row.attempts());
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
}
