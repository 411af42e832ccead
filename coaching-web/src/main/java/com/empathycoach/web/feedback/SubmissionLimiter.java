package com.empathycoach.web.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Limits customer feedback submissions per client address: a token bucket per address, refilled
 * gradually. Buckets of addresses not seen for a while are dropped, so memory stays bounded.
 */
@Component
public class SubmissionLimiter {

    private final Cache<String, Bucket> buckets;
    private final int capacity;
    private final Duration period;

    SubmissionLimiter(@Value("${empathy.feedback.submissions-per-address:10}") int capacity,
                      @Value("${empathy.feedback.submission-period:PT1H}") Duration period) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.multipliedBy(2)).build();
    }

    /** Takes one submission from the address's allowance; false when it is used up. */
    public boolean tryAcquire(String clientAddress) {
        String key = clientAddress == null ? "unknown" : clientAddress;
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build()).tryConsume(1);
    }
}
