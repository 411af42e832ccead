package com.empathycoach.core.shared;

/** A window onto a result list, as lazy grids ask for it. */
public record Page(int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public Page {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT);
        }
    }
}
