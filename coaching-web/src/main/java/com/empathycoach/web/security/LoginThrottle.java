package com.empathycoach.web.security;

import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.shared.RateLimitStore;
import com.empathycoach.web.limit.SharedLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Slows down password guessing: each account may fail 5 times and each client address 20 times within
 * 15 minutes; after that, sign-in is refused for that account or address until the window has passed
 * (or an admin unlocks the account). A successful sign-in forgets the account's failures.
 *
 * <p>Failures are counted from Spring Security's authentication events, so every way a password check is
 * reached counts, whatever the spelling of the address it was posted to; the refusal happens in
 * {@link ThrottledAuthenticationProvider}, before the password is checked. Counts live in the database,
 * shared by every node.
 */
@Component
public class LoginThrottle {

    private final SharedLimit accounts;
    private final SharedLimit addresses;
    private final AccountFacade lockouts;

    LoginThrottle(RateLimitStore store, Clock clock, AccountFacade lockouts,
                  @Value("${empathy.login.failures-per-account:5}") int accountLimit,
                  @Value("${empathy.login.failures-per-address:20}") int addressLimit,
                  @Value("${empathy.login.window:PT15M}") Duration window) {
        this.accounts = new SharedLimit(store, "sign-in-account", accountLimit, window, clock);
        this.addresses = new SharedLimit(store, "sign-in-address", addressLimit, window, clock);
        this.lockouts = lockouts;
    }

    /** Whether a sign-in for this account from this address is refused right now. */
    public boolean blocked(String username, String address) {
        return isLocked(username) || (address != null && addresses.exhausted(address));
    }

    public boolean isLocked(String username) {
        return username != null && !username.isBlank() && accounts.exhausted(username);
    }

    public void unlock(String username) {
        if (username != null && !username.isBlank()) {
            accounts.forget(username);
        }
    }

    /** Counts one failed password check (at sign-in or on the change-password form); the failure that locks is audited. */
    public void failed(String username, String address) {
        if (username != null && !username.isBlank()) {
            if (accounts.takeLast(username)) {
                lockouts.recordLockout(username);
            }
        }
        if (address != null) {
            addresses.tryTake(address);
        }
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        unlock(event.getAuthentication().getName());
    }

    static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
