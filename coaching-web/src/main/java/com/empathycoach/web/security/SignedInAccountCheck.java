package com.empathycoach.web.security;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserCredentials;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends a signed-in session once its account is deactivated or its roles change: the session's roles were read at
 * sign-in, and without this an agent deactivated by an admin, or someone whose HR role was taken away, kept working
 * with them until the session timed out. The account is read again at most once per {@code recheck} per person on
 * each node (so every node notices within that time, whichever node the admin used), and the ended session starts
 * again at the sign-in page, where a deactivated account is refused and changed roles are read afresh.
 */
class SignedInAccountCheck extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignedInAccountCheck.class);

    private record Checked(Optional<UserCredentials> account, long at) {
    }

    private final IdentityFacade identity;
    private final long recheckNanos;
    private final Map<Long, Checked> checked = new ConcurrentHashMap<>();

    SignedInAccountCheck(IdentityFacade identity, Duration recheck) {
        this.identity = identity;
        this.recheckNanos = recheck.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && signedIn != null && signedIn.getPrincipal() instanceof AppUserDetails user
                && !stillValid(user.actor().userId(), user.actor().username(), user.actor().roles())) {
            LOG.info("Ended a session of {}: the account was deactivated or its roles changed", user.getUsername());
            SecurityContextHolder.clearContext();
            session.invalidate();
            if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(long userId, String username, Set<Role> roles) {
        long now = System.nanoTime();
        Checked last = checked.get(userId);
        if (last == null || now - last.at() >= recheckNanos) {
            last = new Checked(identity.credentials(username), now);
            checked.put(userId, last);
        }
        return last.account().filter(a -> a.userId() == userId && a.active() && a.roles().equals(roles)).isPresent();
    }
}
