package com.empathycoach.web.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most {@code permits} password hashes run at once; the rest wait their turn, first come first
 * served. Each Argon2id hash takes 35 to 70 ms of one core (native or Java) and 19 MiB of memory, so a
 * whole shift signing in at once would otherwise take every core and starve the people already working.
 * Bounded, sign-ins queue a little longer while lessons and other pages stay quick (docs/BENCHMARKS.md, "Load").
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("At least one password hash must be allowed at a time");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(permits, true);
    }

    /**
     * How many hashes may run at once unless configured: one per processor for the native hash, which
     * keeps its memory off the Java heap; half the processors (at least one) for the pure-Java hash, whose
     * heap churn made all-cores hashing stall everyone in the load test (docs/BENCHMARKS.md, "Load").
     */
    static int defaultPermits(boolean nativeHash) {
        int processors = Runtime.getRuntime().availableProcessors();
        return nativeHash ? processors : Math.max(1, processors / 2);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hashing) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to check a password", e);
        }
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }
}
