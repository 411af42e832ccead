package com.empathycoach.web.security;

import com.empathycoach.core.identity.UserCredentials;
import com.empathycoach.core.identity.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/** The signed-in person as Spring Security keeps them in the session. */
public final class AppUserDetails implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserCredentials credentials;

    AppUserDetails(UserCredentials credentials) {
        this.credentials = credentials;
    }

    public Actor actor() {
        return new Actor(credentials.userId(), credentials.username(), credentials.roles());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = credentials.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return credentials.passwordHash();
    }

    @Override
    public String getUsername() {
        return credentials.username();
    }

    @Override
    public boolean isEnabled() {
        return credentials.active();
    }
}
