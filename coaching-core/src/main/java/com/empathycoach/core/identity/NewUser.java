package com.empathycoach.core.identity;

import com.empathycoach.core.shared.InvalidInputException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, String> problems = problems(username, displayName, email, roles);
        for (String field : List.of("username", "displayName", "email")) {
            if (problems.containsKey(field)) {
                throw new InvalidInputException(field, problems.get(field));
            }
        }
        PasswordPolicy.check(rawPassword, username, displayName, email.split("@")[0]);
        if (problems.containsKey("roles")) {
            throw new InvalidInputException("roles", problems.get("roles"));
        }
        roles = Set.copyOf(roles);
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "validation.timeZone");
        }
    }

    /**
     * Every problem with a person's username, name, email and roles at once (field to message key, in form order),
     * so a form can show them all together; empty when all four are fine. Capitals in a username or email are
     * fine: both are kept in lower case.
     */
    public static Map<String, String> problems(String username, String displayName, String email, Set<Role> roles) {
        String user = username == null ? "" : username.trim().toLowerCase();
        String name = displayName == null ? "" : displayName.strip();
        String mail = email == null ? "" : email.trim().toLowerCase();
        Map<String, String> problems = new LinkedHashMap<>();
        if (!USERNAME.matcher(user).matches()) {
            problems.put("username", user.isEmpty() ? "validation.username.required" : "validation.username");
        }
        if (name.isEmpty() || name.length() > 120) {
            problems.put("displayName", name.isEmpty() ? "validation.displayName.required" : "validation.displayName");
        }
        if (mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            problems.put("email", mail.isEmpty() ? "validation.email.required" : "validation.email");
        }
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", "validation.roles");
        }
        return problems;
    }
}
