package com.empathycoach.core.identity;

import java.util.Set;

/** A person as other features see them: never carries the password hash. */
public record UserAccount(long id, String username, String displayName, String email,
                          Set<Role> roles, boolean active, String timeZone) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public String firstName() {
        int space = displayName.indexOf(' ');
        return space < 0 ? displayName : displayName.substring(0, space);
    }
}
