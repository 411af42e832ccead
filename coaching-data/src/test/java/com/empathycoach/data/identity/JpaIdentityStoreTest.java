package com.empathycoach.data.identity;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.HeadcountOrder;
import com.empathycoach.core.identity.HeadcountTotals;
import com.empathycoach.core.identity.TeamHeadcount;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.shared.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class JpaIdentityStoreTest {

    @Autowired
    IdentityStore store;

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void runsOnRealMariaDb() {
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("mariadb");
    }

    @Test
    void shouldStoreUserWithRolesAndFindCredentialsByUsername() {
        long id = store.createUser(user("nia", Set.of(Role.AGENT, Role.COACH)), "hash-value");
        var credentials = store.credentials("nia" + tag).orElseThrow();
        assertThat(credentials.userId()).isEqualTo(id);
        assertThat(credentials.passwordHash()).isEqualTo("hash-value");
        assertThat(credentials.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.COACH);
        assertThat(store.user(id).orElseThrow().displayName()).isEqualTo("Nia " + tag);
    }

    @Test
    void shouldRefuseDuplicateUsernameAtTheDatabase() {
        store.createUser(user("omar", Set.of(Role.AGENT)), "h");
        assertThat(store.usernameOrEmailTaken("omar" + tag, "someone-else@example.org")).isTrue();
        assertThatThrownBy(() -> store.createUser(user("omar", Set.of(Role.AGENT)), "h"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldPageAndSearchUsersInNameOrder() {
        for (String name : List.of("zoe", "yuki", "xena")) {
            store.createUser(user(name, Set.of(Role.AGENT)), "h");
        }
        assertThat(store.countUsers(tag)).isEqualTo(3);
        assertThat(store.users(tag, new Page(0, 2))).extracting(u -> u.username())
                .containsExactly("xena" + tag, "yuki" + tag);
        assertThat(store.users(tag, new Page(1, 2))).extracting(u -> u.username())
                .containsExactly("yuki" + tag, "zoe" + tag);
        assertThat(store.countUsers("no-such-person-" + tag)).isZero();
    }

    @Test
    void shouldTreatLikeWildcardsInSearchAsPlainText() {
        store.createUser(user("pia", Set.of(Role.AGENT)), "h");
        assertThat(store.countUsers("%" + tag)).isZero();
        store.createUser(user("qa_lock", Set.of(Role.AGENT)), "h");
        store.createUser(user("qaxlock", Set.of(Role.AGENT)), "h");
        assertThat(store.users("qa_lock" + tag, new Page(0, 5))).as("an underscore is itself, not any character")
                .extracting(u -> u.username()).containsExactly("qa_lock" + tag);
        assertThat(store.countUsers("!" + tag)).isZero();
    }

    @Test
    void shouldListTeamsOfCoachAndCountHeadsPerTeam() {
        long coach = store.createUser(user("coach", Set.of(Role.COACH)), "h");
        long a1 = store.createUser(user("agentone", Set.of(Role.AGENT)), "h");
        long a2 = store.createUser(user("agenttwo", Set.of(Role.AGENT)), "h");
        long team = store.createTeam("Team " + tag);
        store.addToTeam(team, coach, Role.COACH);
        store.addToTeam(team, a1, Role.AGENT);
        store.addToTeam(team, a2, Role.AGENT);
        store.addToTeam(team, a2, Role.AGENT); // adding twice changes nothing

        List<TeamSummary> coached = store.teamsCoachedBy(coach);
        assertThat(coached).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Team " + tag);
            assertThat(t.coaches()).extracting(m -> m.userId()).containsExactly(coach);
            assertThat(t.agents()).extracting(m -> m.userId()).containsExactlyInAnyOrder(a1, a2);
        });
        assertThat(store.agentIdsCoachedBy(coach)).containsExactlyInAnyOrder(a1, a2);
        assertThat(store.teamsOfAgent(a1)).extracting(TeamSummary::id).containsExactly(team);
        List<TeamHeadcount> all = new java.util.ArrayList<>();
        for (int offset = 0; all.size() == offset; offset += 25) {
            all.addAll(store.headcountPerTeam(HeadcountOrder.BY_TEAM, offset, 25));
        }
        TeamHeadcount headcount = all.stream().filter(h -> h.teamId() == team).findFirst().orElseThrow();
        assertThat(headcount.agents()).isEqualTo(2);
        assertThat(headcount.coaches()).isEqualTo(1);
        assertThat(all).extracting(TeamHeadcount::teamId).as("pages do not overlap").doesNotHaveDuplicates();
        assertThat(store.headcountTotals()).isEqualTo(new HeadcountTotals(all.size(),
                all.stream().mapToLong(TeamHeadcount::agents).sum()));
        assertThat(store.headcountPerTeam(new HeadcountOrder(HeadcountOrder.By.AGENTS, true), 0, 25))
                .extracting(TeamHeadcount::agents).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private NewUser user(String name, Set<Role> roles) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new NewUser(name + tag, capitalised + " " + tag, name + tag + "@example.org",
                "long-enough-password", roles, "Europe/Madrid");
    }
}
