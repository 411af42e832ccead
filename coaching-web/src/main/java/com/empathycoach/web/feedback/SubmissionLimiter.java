package com.empathycoach.web.feedback;

import com.empathycoach.core.shared.RateLimitStore;
import com.empathycoach.web.limit.SharedLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/** Limits customer feedback submissions per client address, counted in the database so every node shares it. */
@Component
public class SubmissionLimiter {

    private final SharedLimit limit;

    SubmissionLimiter(RateLimitStore store, Clock clock,
                      @Value("${empathy.feedback.submissions-per-address:10}") int capacity,
                      @Value("${empathy.feedback.submission-period:PT1H}") Duration period) {
        this.limit = new SharedLimit(store, "feedback-address", capacity, period, clock);
    }

    /** Takes one submission from the address's allowance; false when it is used up. */
    public boolean tryAcquire(String clientAddress) {
        return limit.tryTake(clientAddress == null ? "unknown" : clientAddress);
    }
}
