package com.empathycoach.data.identity;

import com.empathycoach.core.identity.AccountStore;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Preferences;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class JdbcAccountStoreTest {

    @Autowired
    AccountStore accounts;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private long newUser(String name, Role... roles) {
        return identity.createUser(new NewUser(name + tag, "Name " + tag, name + tag + "@example.org",
                "long-enough-password", Set.of(roles), "UTC"), "original-hash");
    }

    @Test
    void anUpdateReplacesNameEmailRolesAndActiveFlag() {
        long user = newUser("ana", Role.AGENT);
        accounts.update(user, "Ana Renamed " + tag, "ana.new" + tag + "@example.org", Set.of(Role.COACH, Role.HR), false);

        UserAccount account = identity.user(user).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Ana Renamed " + tag);
        assertThat(account.email()).isEqualTo("ana.new" + tag + "@example.org");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.COACH, Role.HR);
        assertThat(account.active()).isFalse();
        assertThat(account.username()).as("the username never changes").isEqualTo("ana" + tag);
    }

    @Test
    void anUpdateTouchesOnlyThatPerson() {
        long ana = newUser("ana", Role.AGENT);
        long ben = newUser("ben", Role.AGENT, Role.COACH);
        accounts.update(ana, "Ana " + tag, "ana" + tag + "@example.org", Set.of(Role.ADMIN), true);

        UserAccount other = identity.user(ben).orElseThrow();
        assertThat(other.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.COACH);
        assertThat(other.email()).isEqualTo("ben" + tag + "@example.org");
    }

    @Test
    void anEmailIsTakenOnlyBySomeoneElseIgnoringCase() {
        long ana = newUser("ana", Role.AGENT);
        long ben = newUser("ben", Role.AGENT);
        assertThat(accounts.emailTakenByOther(ana, "ana" + tag + "@example.org")).as("one's own address").isFalse();
        assertThat(accounts.emailTakenByOther(ben, "ana" + tag + "@example.org")).isTrue();
        assertThat(accounts.emailTakenByOther(ben, "ANA" + tag + "@Example.org")).isTrue();
        assertThat(accounts.emailTakenByOther(ben, "nobody" + tag + "@example.org")).isFalse();
    }

    @Test
    void theDatabaseRefusesAnUpdateToAnAddressInUse() {
        newUser("ana", Role.AGENT);
        long ben = newUser("ben", Role.AGENT);
        assertThatThrownBy(() -> accounts.update(ben, "Ben", "ana" + tag + "@example.org", Set.of(Role.AGENT), true))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aNewPasswordReplacesTheHashAndCarriesTheMustChangeFlag() {
        long user = newUser("ana", Role.AGENT);
        assertThat(accounts.mustChangePassword(user)).as("a new account").isFalse();

        accounts.setPassword(user, "temporary-hash", true);
        assertThat(identity.credentials("ana" + tag).orElseThrow().passwordHash()).isEqualTo("temporary-hash");
        assertThat(accounts.mustChangePassword(user)).isTrue();

        accounts.setPassword(user, "chosen-hash", false);
        assertThat(identity.credentials("ana" + tag).orElseThrow().passwordHash()).isEqualTo("chosen-hash");
        assertThat(accounts.mustChangePassword(user)).isFalse();
    }

    @Test
    void preferencesStartUnsetAndKeepWhatWasChosen() {
        long user = newUser("ana", Role.AGENT);
        assertThat(accounts.preferences(user)).isEqualTo(new Preferences(null, null));

        accounts.setLocale(user, "de-CH");
        assertThat(accounts.preferences(user)).isEqualTo(new Preferences("de-CH", null));
        accounts.setDark(user, false);
        assertThat(accounts.preferences(user)).isEqualTo(new Preferences("de-CH", false));
        accounts.setDark(user, true);
        accounts.setLocale(user, null);
        assertThat(accounts.preferences(user)).isEqualTo(new Preferences(null, true));
    }

    @Test
    void anUnknownPersonHasNoPreferencesAndNoPasswordToChange() {
        assertThat(accounts.preferences(Long.MAX_VALUE)).isEqualTo(new Preferences(null, null));
        assertThat(accounts.mustChangePassword(Long.MAX_VALUE)).isFalse();
    }
}
