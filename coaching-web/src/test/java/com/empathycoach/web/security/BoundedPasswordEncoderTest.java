package com.empathycoach.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPasswordEncoderTest {

    /** Counts how many checks run at the same moment; each takes 20 ms so they overlap when allowed to. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return encoded.equals(encode(raw));
        }
    }

    @Test
    void noMoreChecksRunAtOnceThanAllowedAndEveryCallerGetsTheRightAnswer() throws Exception {
        CountingEncoder counting = new CountingEncoder();
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(counting, 2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String password = i % 2 == 0 ? "right" : "wrong";
                answers.add(pool.submit(() -> {
                    go.await();
                    return bounded.matches(password, "hash:right");
                }));
            }
            go.countDown();
            for (int i = 0; i < 8; i++) {
                assertThat(answers.get(i).get()).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counting.mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void encodesThroughTheDelegateAndRefusesZeroPermits() {
        assertThat(new BoundedPasswordEncoder(new CountingEncoder(), 1).encode("secret")).isEqualTo("hash:secret");
        assertThatThrownBy(() -> new BoundedPasswordEncoder(new CountingEncoder(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(BoundedPasswordEncoder.defaultPermits(true)).isEqualTo(processors);
        assertThat(BoundedPasswordEncoder.defaultPermits(false)).isEqualTo(Math.max(1, processors / 2));
    }
}
