package com.empathycoach.web.security;

import com.empathycoach.core.identity.Actor;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** Who is signed in, as the {@link Actor} that facades expect. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Actor actor() {
        return authentication.getAuthenticatedUser(AppUserDetails.class)
                .map(AppUserDetails::actor)
                .orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public void logout() {
        authentication.logout();
    }
}
