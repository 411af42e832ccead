package com.empathycoach.web.security;

import com.empathycoach.core.identity.PasswordChecker;
import com.empathycoach.core.identity.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Adapts the configured Argon2id encoder to core's port. */
@Component
class Argon2PasswordHasher implements PasswordHasher, PasswordChecker {

    private final PasswordEncoder encoder;

    Argon2PasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String passwordHash) {
        return encoder.matches(rawPassword, passwordHash);
    }
}
