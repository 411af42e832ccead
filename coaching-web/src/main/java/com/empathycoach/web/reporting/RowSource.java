package com.empathycoach.web.reporting;

import com.empathycoach.core.reporting.CompletionRow;

import java.util.function.Consumer;

/** Where export rows come from: streams them to the sink, returns how many. */
@FunctionalInterface
public interface RowSource {
    int stream(Consumer<CompletionRow> sink);
}
