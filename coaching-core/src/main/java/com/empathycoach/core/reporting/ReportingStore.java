package com.empathycoach.core.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Port: completion figures over active assignments. */
public interface ReportingStore {

    Dashboard dashboard(ReportFilter filter, LocalDate today, ZoneId zone);

    /** Streams the export rows to {@code sink} without holding them; returns how many there were. */
    int streamRows(ReportFilter filter, LocalDate today, ZoneId zone, Consumer<CompletionRow> sink);
}
