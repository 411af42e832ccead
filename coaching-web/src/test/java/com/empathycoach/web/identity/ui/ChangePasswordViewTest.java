package com.empathycoach.web.identity.ui;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.web.security.LoginThrottle;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class ChangePasswordViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "a-long-test-passphrase";

    @Autowired
    IdentityFacade identity;

    @Autowired
    UserDetailsService users;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void attempt(String current, String next) {
        test($(PasswordField.class).withClassName("current-password").first()).setValue(current);
        test($(PasswordField.class).withClassName("new-password").first()).setValue(next);
        test($(PasswordField.class).withClassName("repeat-password").first()).setValue(next);
        test($(Button.class).withClassName("save-password").first()).click();
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeSignInAndThenEvenTheRightOneWaits() {
        String username = "pw" + UUID.randomUUID().toString().substring(0, 8);
        identity.register(new NewUser(username, "Pat Word", username + "@test.empathycoach.test", PASSWORD,
                Set.of(Role.AGENT), "UTC"));
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        String hashBefore = identity.credentials(username).orElseThrow().passwordHash();
        UI.getCurrent().navigate(ChangePasswordView.class);
        PasswordField current = $(PasswordField.class).withClassName("current-password").first();
        for (int i = 0; i < 5; i++) {
            attempt("not-my-password-" + i, "a-brand-new-passphrase");
            assertThat(current.isInvalid()).isTrue();
            assertThat(current.getErrorMessage()).isEqualTo("That is not your current password.");
        }
        attempt(PASSWORD, "a-brand-new-passphrase");
        assertThat(current.getErrorMessage()).startsWith("Too many wrong current passwords");
        assertThat(throttle.isLocked(username)).as("the same lock as sign-in").isTrue();
        assertThat(identity.credentials(username).orElseThrow().passwordHash()).as("unchanged while paused")
                .isEqualTo(hashBefore);
        throttle.unlock(username);
        attempt(PASSWORD, "a-brand-new-passphrase");
        assertThat(identity.credentials(username).orElseThrow().passwordHash()).as("changed once unlocked")
                .isNotEqualTo(hashBefore);
    }
}
