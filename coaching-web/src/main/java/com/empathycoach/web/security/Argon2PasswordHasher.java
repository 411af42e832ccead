package com.empathycoach.web.security;

import com.empathycoach.core.identity.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Adapts the configured Argon2id encoder to core's port. */
@Component
class Argon2PasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    Argon2PasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }
}
