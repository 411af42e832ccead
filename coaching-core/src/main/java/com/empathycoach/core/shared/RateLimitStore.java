package com.empathycoach.core.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts hits per subject in fixed windows, in storage every node of the app shares, so a limit holds for
 * the whole installation and not per node. A window starts at a subject's first hit and lasts {@code window}.
 */
public interface RateLimitStore {

    /** Counts one hit at {@code now} and returns the hits in the subject's current window, this one included. */
    int hit(String scope, String subject, Duration window, Instant now);

    /** The hits in the subject's current window at {@code now}; 0 for a subject never seen or whose window has passed. */
    int hits(String scope, String subject, Duration window, Instant now);

    /** Forgets the subject's hits, so its next window starts afresh. */
    void forget(String scope, String subject);

    /** Drops windows that started before {@code cutoff}; returns how many. */
    int purgeBefore(Instant cutoff);
}
