package com.empathycoach.web.reporting;

import com.empathycoach.core.reporting.CompletionRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The completion export as XLSX, written by a streaming writer: rows go out in batches, so memory stays
 * flat however many there are. Dates are real dates and numbers real numbers.
 */
public final class XlsxExport {

    private static final int FLUSH_EVERY = 1_000;
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private XlsxExport() {
    }

    public static int write(OutputStream out, RowSource rows) throws IOException {
        Workbook workbook = new Workbook(out, "Empathy Coach", "1.0");
        Worksheet sheet = workbook.newWorksheet("Completion");
        for (int c = 0; c < CsvExport.HEADER.size(); c++) {
            sheet.value(0, c, CsvExport.HEADER.get(c));
            sheet.style(0, c).bold().set();
        }
        int[] r = {0};
        int count;
        try {
            count = rows.stream(row -> {
                int at = ++r[0];
                sheet.value(at, 0, row.agent());
                sheet.value(at, 1, row.email());
                sheet.value(at, 2, row.team());
                sheet.value(at, 3, row.coach());
                sheet.value(at, 4, row.item());
                date(sheet, at, 5, row.assignedOn());
                date(sheet, at, 6, row.dueOn());
                sheet.value(at, 7, row.status().name());
                sheet.value(at, 8, row.assignment().name());
                date(sheet, at, 9, row.completedOn());
                if (row.bestScore() != null) {
                    sheet.value(at, 10, row.bestScore());
                }
                sheet.value(at, 11, row.attempts());
                if (at % FLUSH_EVERY == 0) {
                    flush(sheet);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.finish();
        workbook.finish();
        return count;
    }

    private static void date(Worksheet sheet, int row, int column, LocalDate date) {
        if (date != null) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(DATE_FORMAT).set();
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
