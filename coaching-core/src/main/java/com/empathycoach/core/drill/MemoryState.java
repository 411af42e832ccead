package com.empathycoach.core.drill;

import java.time.Instant;

/**
 * What the scheduler knows of one agent's memory of one item: FSRS's learning state and step, stability (days
 * until recall falls to 90 %), difficulty (1 to 10), when it is due and when it was last reviewed.
 */
public record MemoryState(Phase phase, Integer step, Double stability, Double difficulty, Instant due,
                          Instant lastReview) {

    /** FSRS's card states: new items start in LEARNING; a lapse in REVIEW moves to RELEARNING. */
    public enum Phase {
        LEARNING, REVIEW, RELEARNING
    }

    /** An item never met: learning, first step, due at once. */
    public static MemoryState fresh(Instant now) {
        return new MemoryState(Phase.LEARNING, 0, null, null, now, null);
    }
}
