package com.empathycoach.web.feedback;

import com.empathycoach.core.shared.RateLimitStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class SubmissionLimiterTest {

    @Autowired
    RateLimitStore store;

    @Test
    void shouldRefuseAnAddressOnceItsAllowanceIsUsedAndLeaveOtherAddressesAlone() {
        SubmissionLimiter limiter = new SubmissionLimiter(store, Clock.systemUTC(), 2, Duration.ofHours(1));
        String address = "203.0.113." + UUID.randomUUID().hashCode();
        assertThat(limiter.tryAcquire(address)).isTrue();
        assertThat(limiter.tryAcquire(address)).isTrue();
        assertThat(limiter.tryAcquire(address)).isFalse();
        assertThat(limiter.tryAcquire(address + "9")).isTrue();
    }
}
