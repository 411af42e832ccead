package com.empathycoach.core.identity;

import com.empathycoach.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewUserTest {

    @Test
    void shouldNormaliseUsernameAndEmail() {
        NewUser user = new NewUser("  Amara.O ", " Amara Okafor ", "Amara@Example.ORG", "twelve-chars!", Set.of(Role.AGENT), null);
        assertThat(user.username()).isEqualTo("amara.o");
        assertThat(user.email()).isEqualTo("amara@example.org");
        assertThat(user.displayName()).isEqualTo("Amara Okafor");
        assertThat(user.timeZone()).isEqualTo("UTC");
    }

    @Test
    void shouldRefuseShortPasswordWithAClearKey() {
        assertThatThrownBy(() -> new NewUser("amara", "Amara", "a@example.org", "short", Set.of(Role.AGENT), "UTC"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo("validation.password.length");
                });
    }

    @Test
    void shouldRefuseBadUsernameEmailRolesAndZone() {
        assertField(() -> new NewUser("a b", "A", "a@example.org", "twelve-chars!", Set.of(Role.AGENT), "UTC"), "username");
        assertField(() -> new NewUser("ab", "A", "not-an-email", "twelve-chars!", Set.of(Role.AGENT), "UTC"), "email");
        assertField(() -> new NewUser("ab", "", "a@example.org", "twelve-chars!", Set.of(Role.AGENT), "UTC"), "displayName");
        assertField(() -> new NewUser("ab", "A", "a@example.org", "twelve-chars!", Set.of(), "UTC"), "roles");
        assertField(() -> new NewUser("ab", "A", "a@example.org", "twelve-chars!", Set.of(Role.AGENT), "Mars/Base"), "timeZone");
    }

    @Test
    void firstNameIsTheFirstWordOfTheDisplayName() {
        UserAccount account = new UserAccount(1, "amara", "Amara Okafor", "a@example.org", Set.of(Role.AGENT), true, "UTC");
        assertThat(account.firstName()).isEqualTo("Amara");
    }

    private static void assertField(Runnable creation, String field) {
        assertThatThrownBy(creation::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
