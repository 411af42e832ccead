package com.empathycoach.web.limit;

import com.empathycoach.core.shared.RateLimitStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A limit of {@code capacity} hits per key (an account, a client address) within a fixed window, counted in
 * the database so that every node of the app shares it. Keys are stored as SHA-256 digests.
 */
public final class SharedLimit {

    private final RateLimitStore store;
    private final String scope;
    private final int capacity;
    private final Duration window;
    private final Clock clock;

    public SharedLimit(RateLimitStore store, String scope, int capacity, Duration window, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.capacity = capacity;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one hit for the key; false when the key had used up its allowance already. */
    public boolean tryTake(String key) {
        return store.hit(scope, digest(key), window, clock.instant()) <= capacity;
    }

    /** Counts one hit for the key; true only for the hit that used up its allowance (the last one allowed). */
    public boolean takeLast(String key) {
        return store.hit(scope, digest(key), window, clock.instant()) == capacity;
    }

    /** Whether the key has used up its allowance in its current window (a key never seen has not). */
    public boolean exhausted(String key) {
        return store.hits(scope, digest(key), window, clock.instant()) >= capacity;
    }

    public void forget(String key) {
        store.forget(scope, digest(key));
    }

    public Duration window() {
        return window;
    }

    public static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.strip().toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
