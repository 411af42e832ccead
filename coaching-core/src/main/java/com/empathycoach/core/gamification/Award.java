package com.empathycoach.core.gamification;

import java.time.Instant;

/**
 * A request to pay XP. {@code source} names the one thing that earned it (for example a lesson attempt),
 * so that the same award asked for twice is paid once: the ledger has a unique key on
 * (user, rule, source).
 */
public record Award(long userId, XpRule rule, String source, int amount, Instant at) {

    public Award {
        if (amount < 0) {
            throw new IllegalArgumentException("negative XP");
        }
        if (source == null || source.isBlank() || source.length() > 190) {
            throw new IllegalArgumentException("source must be 1..190 characters");
        }
    }
}
