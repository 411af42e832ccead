package com.empathycoach.web.limit;

import com.empathycoach.core.shared.RateLimitStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/** Drops rate-limit windows older than a day, the longest window in use; safe to run on every node. */
@Component
class LimitHousekeeping {

    private final RateLimitStore store;
    private final Clock clock;

    LimitHousekeeping(RateLimitStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void purge() {
        store.purgeBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
