package com.empathycoach.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing: each account may fail 5 times and each client address 20 times within
 * 15 minutes; after that, sign-in is refused for that account or address until the window has passed
 * (or an admin unlocks the account). A successful sign-in forgets the account's failures.
 */
@Component
public class LoginThrottle {

    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    LoginThrottle(@Value("${empathy.login.failures-per-account:5}") int accountLimit,
                  @Value("${empathy.login.failures-per-address:20}") int addressLimit,
                  @Value("${empathy.login.window:PT15M}") Duration window) {
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.accounts = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(window.multipliedBy(2)).build();
        this.addresses = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    /** Whether a sign-in for this account from this address is refused right now. */
    public boolean blocked(String username, String address) {
        return exhausted(accounts, key(username)) || exhausted(addresses, address);
    }

    public boolean isLocked(String username) {
        return exhausted(accounts, key(username));
    }

    public void unlock(String username) {
        accounts.invalidate(key(username));
    }

    public void failed(String username, String address) {
        bucket(accounts, key(username), accountLimit).tryConsume(1);
        if (address != null) {
            bucket(addresses, address, addressLimit).tryConsume(1);
        }
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        failed(event.getAuthentication().getName(), address);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        unlock(event.getAuthentication().getName());
    }

    private boolean exhausted(Cache<String, Bucket> cache, String key) {
        if (key == null) {
            return false;
        }
        Bucket bucket = cache.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private Bucket bucket(Cache<String, Bucket> cache, String key, int limit) {
        return cache.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillIntervally(limit, window).build()).build());
    }

    private static String key(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
