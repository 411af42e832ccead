package com.empathycoach.core.identity;

/** Port: whether a raw password matches a stored hash (the hashing scheme lives outside core). */
public interface PasswordChecker {
    boolean matches(String rawPassword, String passwordHash);
}
