package com.empathycoach.core.identity;

import com.empathycoach.core.shared.InvalidInputException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;

/** A request to create a person. Validates itself so no invalid user ever reaches a store. */
public record NewUser(String username, String displayName, String email, String rawPassword,
                      Set<Role> roles, String timeZone) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public NewUser {
        username = username == null ? "" : username.trim().toLowerCase();
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null ? "" : email.trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "validation.username");
        }
        if (displayName.isEmpty() || displayName.length() > 120) {
            throw new InvalidInputException("displayName", "validation.displayName");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "validation.email");
        }
        PasswordPolicy.check(rawPassword, username, displayName, email.split("@")[0]);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "validation.roles");
        }
        roles = Set.copyOf(roles);
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "validation.timeZone");
        }
    }
}
