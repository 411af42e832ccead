package com.empathycoach.web.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets by key (an account, a client address): {@code capacity} tokens per {@code period}. Buckets
 * not touched for two periods are dropped and at most 200,000 are kept, so memory stays bounded.
 */
public final class RateBuckets {

    /** How spent tokens come back: bit by bit over the period, or all at once when it has passed. */
    public enum Refill { GRADUALLY, AT_END_OF_PERIOD }

    private final Cache<String, Bucket> buckets;
    private final int capacity;
    private final Duration period;
    private final Refill refill;

    public RateBuckets(int capacity, Duration period, Refill refill) {
        this.capacity = capacity;
        this.period = period;
        this.refill = refill;
        this.buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(period.multipliedBy(2)).build();
    }

    /** Takes one token for the key; false when the key's tokens are used up. */
    public boolean tryTake(String key) {
        return buckets.get(key, k -> newBucket()).tryConsume(1);
    }

    /** Whether the key has used up its tokens (a key never seen has not). */
    public boolean exhausted(String key) {
        return Optional.ofNullable(buckets.getIfPresent(key)).map(b -> b.getAvailableTokens() <= 0).orElse(false);
    }

    public void forget(String key) {
        buckets.invalidate(key);
    }

    private Bucket newBucket() {
        var limit = Bandwidth.builder().capacity(capacity);
        return Bucket.builder().addLimit((refill == Refill.GRADUALLY ? limit.refillGreedy(capacity, period)
                : limit.refillIntervally(capacity, period)).build()).build();
    }
}
