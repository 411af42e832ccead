package com.empathycoach.data.shared;

import com.empathycoach.core.shared.RateLimitStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcRateLimitStoreTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    RateLimitStore store;

    @Autowired
    JdbcTemplate jdbc;

    private final String subject = UUID.randomUUID().toString().replace("-", "");
    private final Instant start = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void shouldCountHitsWithinAWindowAndStartAfreshOnceItHasPassed() {
        assertThat(store.hits("test", subject, WINDOW, start)).isZero();
        assertThat(store.hit("test", subject, WINDOW, start)).isEqualTo(1);
        assertThat(store.hit("test", subject, WINDOW, start.plusSeconds(60))).isEqualTo(2);
        assertThat(store.hits("test", subject, WINDOW, start.plus(WINDOW).minusSeconds(1))).isEqualTo(2);
        assertThat(store.hits("test", subject, WINDOW, start.plus(WINDOW))).as("the window has passed").isZero();
        assertThat(store.hit("test", subject, WINDOW, start.plus(WINDOW))).isEqualTo(1);
        assertThat(store.hits("test", subject, WINDOW, start.plus(WINDOW).plusSeconds(1))).isEqualTo(1);
    }

    @Test
    void shouldKeepScopesAndSubjectsApartAndForgetOnRequest() {
        store.hit("test", subject, WINDOW, start);
        store.hit("test", subject, WINDOW, start);
        store.hit("other", subject, WINDOW, start);
        assertThat(store.hits("other", subject, WINDOW, start)).isEqualTo(1);
        assertThat(store.hits("test", subject + "x", WINDOW, start)).isZero();
        store.forget("test", subject);
        assertThat(store.hits("test", subject, WINDOW, start)).isZero();
        assertThat(store.hits("other", subject, WINDOW, start)).isEqualTo(1);
    }

    @Test
    void shouldCountEveryHitWhenManyArriveAtOnce() throws Exception {
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    store.hit("burst", subject, WINDOW, start);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(store.hits("burst", subject, WINDOW, start)).isEqualTo(threads * each);
    }

    @Test
    void shouldPurgeOnlyWindowsThatStartedBeforeTheCutoff() {
        store.hit("old", subject, WINDOW, start.minus(Duration.ofDays(2)));
        store.hit("new", subject, WINDOW, start);
        store.purgeBefore(start.minus(Duration.ofDays(1)));
        assertThat(jdbc.queryForObject("select count(*) from rate_limit_window where subject = ?", Integer.class, subject))
                .isEqualTo(1);
    }
}
