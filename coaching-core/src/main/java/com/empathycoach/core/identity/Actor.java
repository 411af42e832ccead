package com.empathycoach.core.identity;

import com.empathycoach.core.shared.NotAllowedException;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in person on whose behalf a use case runs. Facades check it again, so a tampered
 * request that slips past the UI still cannot read or change what the person may not see.
 */
public record Actor(long userId, String username, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void require(Role role) {
        if (!has(role)) {
            throw new NotAllowedException(username + " lacks role " + role);
        }
    }

    public void requireAny(Role... anyOf) {
        for (Role role : anyOf) {
            if (has(role)) {
                return;
            }
        }
        throw new NotAllowedException(username + " lacks any of " + Set.of(anyOf));
    }
}
