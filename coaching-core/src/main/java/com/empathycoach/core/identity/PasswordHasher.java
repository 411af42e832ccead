package com.empathycoach.core.identity;

/** Port: turns a password into a slow, salted hash. The web adapter supplies Argon2id. */
public interface PasswordHasher {
    String hash(String rawPassword);
}
