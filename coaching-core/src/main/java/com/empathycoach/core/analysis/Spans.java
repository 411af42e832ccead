package com.empathycoach.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns raw match spans into findings. */
final class Spans {

    private Spans() {
    }

    /** Sorts the spans and merges overlapping ones into one finding each. */
    static List<Finding> merge(Marker marker, List<int[]> spans, String text) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<Finding> findings = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] span : sorted) {
            if (start >= 0 && span[0] < end) {
                end = Math.max(end, span[1]);
                continue;
            }
            if (start >= 0) {
                findings.add(new Finding(marker, start, end, text.substring(start, end)));
            }
            start = span[0];
            end = span[1];
        }
        if (start >= 0) {
            findings.add(new Finding(marker, start, end, text.substring(start, end)));
        }
        return findings;
    }
}
