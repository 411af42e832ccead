package com.empathycoach.core.identity;

import java.util.Set;

/** What sign-in needs to check a password; used only by the authentication adapter. */
public record UserCredentials(long userId, String username, String passwordHash, Set<Role> roles, boolean active) {
    public UserCredentials {
        roles = Set.copyOf(roles);
    }
}
