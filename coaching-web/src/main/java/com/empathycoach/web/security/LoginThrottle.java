package com.empathycoach.web.security;

import com.empathycoach.web.config.RateBuckets;
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

    private final RateBuckets accounts;
    private final RateBuckets addresses;

    LoginThrottle(@Value("${empathy.login.failures-per-account:5}") int accountLimit,
                  @Value("${empathy.login.failures-per-address:20}") int addressLimit,
                  @Value("${empathy.login.window:PT15M}") Duration window) {
        this.accounts = new RateBuckets(accountLimit, window, RateBuckets.Refill.AT_END_OF_PERIOD);
        this.addresses = new RateBuckets(addressLimit, window, RateBuckets.Refill.AT_END_OF_PERIOD);
    }

    /** Whether a sign-in for this account from this address is refused right now. */
    public boolean blocked(String username, String address) {
        return (username != null && accounts.exhausted(key(username))) || (address != null && addresses.exhausted(address));
    }

    public boolean isLocked(String username) {
        return username != null && accounts.exhausted(key(username));
    }

    public void unlock(String username) {
        if (username != null) {
            accounts.forget(key(username));
        }
    }

    public void failed(String username, String address) {
        if (username != null) {
            accounts.tryTake(key(username));
        }
        if (address != null) {
            addresses.tryTake(address);
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

    private static String key(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
