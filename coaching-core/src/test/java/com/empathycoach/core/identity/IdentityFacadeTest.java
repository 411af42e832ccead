package com.empathycoach.core.identity;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityFacadeTest {

    private final InMemoryStore store = new InMemoryStore();
    private final IdentityFacade facade = new IdentityFacade(store, raw -> "hashed:" + raw.length(), (AuditStore) java.lang.reflect.Proxy
            .newProxyInstance(AuditStore.class.getClassLoader(), new Class<?>[] {AuditStore.class}, (proxy, method, args) -> null),
            java.time.Clock.systemUTC());

    @Test
    void shouldHashPasswordBeforeStoring() {
        facade.register(new NewUser("amara", "Amara", "a@example.org", "twelve-chars!", Set.of(Role.AGENT), "UTC"));
        assertThat(store.hashes).containsExactly("hashed:13");
    }

    @Test
    void shouldRefuseTakenUsername() {
        store.taken = true;
        assertThatThrownBy(() -> facade.register(new NewUser("amara", "Amara", "a@example.org", "twelve-chars!", Set.of(Role.AGENT), "UTC")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAdminsListUsersAndOnlyHrOrAdminSeeHeadcount() {
        Actor agent = new Actor(1, "a", Set.of(Role.AGENT));
        Actor hr = new Actor(2, "h", Set.of(Role.HR));
        assertThatThrownBy(() -> facade.users(agent, "", new Page(0, 10))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> facade.users(hr, "", new Page(0, 10))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> facade.headcountPerTeam(agent, HeadcountOrder.BY_TEAM, new Page(0, 10)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> facade.headcountTotals(agent)).isInstanceOf(NotAllowedException.class);
        assertThat(facade.headcountPerTeam(hr, HeadcountOrder.BY_TEAM, new Page(0, 10))).isEmpty();
        assertThat(facade.headcountTotals(hr)).isEqualTo(new HeadcountTotals(0, 0));
        assertThatThrownBy(() -> facade.myCoachedTeams(agent)).isInstanceOf(NotAllowedException.class);
    }

    /** A hand-written store: records what the facade hands it. */
    private static final class InMemoryStore implements IdentityStore {

        @Override
        public void grantRole(long userId, Role role) {
            throw new UnsupportedOperationException();
        }

        final List<String> hashes = new ArrayList<>();
        boolean taken;

        public Optional<UserCredentials> credentials(String username) { return Optional.empty(); }
        public Optional<UserAccount> user(long id) { return Optional.empty(); }
        public Optional<UserAccount> userByUsername(String username) { return Optional.empty(); }
        public boolean usernameOrEmailTaken(String username, String email) { return taken; }
        public long createUser(NewUser user, String passwordHash) { hashes.add(passwordHash); return hashes.size(); }
        public List<UserAccount> users(String search, Page page) { return List.of(); }
        public long countUsers(String search) { return 0; }
        public long createTeam(String name) { return 1; }
        public Optional<Long> teamIdByName(String name) { return Optional.empty(); }
        public void addToTeam(long teamId, long userId, Role memberRole) { }
        public List<TeamSummary> teamsCoachedBy(long coachId) { return List.of(); }
        public List<TeamSummary> allTeams() { return List.of(); }
        public void removeFromTeam(long teamId, long userId, Role memberRole) { }
        public void renameTeam(long teamId, String name) { }
        public boolean teamInUse(long teamId) { return false; }
        public void deleteTeam(long teamId) { }
        public List<TeamSummary> teamsOfAgent(long agentId) { return List.of(); }
        public List<TeamHeadcount> headcountPerTeam(HeadcountOrder order, int offset, int limit) { return List.of(); }
        public HeadcountTotals headcountTotals() { return new HeadcountTotals(0, 0); }
        public java.util.Set<Long> agentIdsCoachedBy(long coachId) { return Set.of(); }
    }
}
