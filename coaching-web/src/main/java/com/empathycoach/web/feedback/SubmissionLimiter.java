package com.empathycoach.web.feedback;

import com.empathycoach.web.config.RateBuckets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Limits customer feedback submissions per client address with a token bucket per address, refilled gradually. */
@Component
public class SubmissionLimiter {

    private final RateBuckets buckets;

    SubmissionLimiter(@Value("${empathy.feedback.submissions-per-address:10}") int capacity,
                      @Value("${empathy.feedback.submission-period:PT1H}") Duration period) {
        this.buckets = new RateBuckets(capacity, period, RateBuckets.Refill.GRADUALLY);
    }

    /** Takes one submission from the address's allowance; false when it is used up. */
    public boolean tryAcquire(String clientAddress) {
        return buckets.tryTake(clientAddress == null ? "unknown" : clientAddress);
    }
}
