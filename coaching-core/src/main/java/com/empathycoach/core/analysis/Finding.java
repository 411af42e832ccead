package com.empathycoach.core.analysis;

import java.util.Objects;

/**
 * One marker found in a reply. {@code start} (inclusive) and {@code end} (exclusive) are character
 * offsets into the original reply, so a UI can highlight {@code reply.substring(start, end)}, which is
 * also {@code excerpt}.
 */
public record Finding(Marker marker, int start, int end, String excerpt) {

    public Finding {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(excerpt, "excerpt");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
