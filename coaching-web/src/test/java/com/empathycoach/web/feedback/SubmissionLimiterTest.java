package com.empathycoach.web.feedback;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionLimiterTest {

    @Test
    void shouldRefuseAnAddressOnceItsAllowanceIsUsedAndLeaveOtherAddressesAlone() {
        SubmissionLimiter limiter = new SubmissionLimiter(2, Duration.ofHours(1));
        assertThat(limiter.tryAcquire("203.0.113.7")).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.7")).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.7")).isFalse();
        assertThat(limiter.tryAcquire("198.51.100.2")).isTrue();
        assertThat(limiter.tryAcquire(null)).isTrue();
    }
}
