package com.empathycoach.core.identity;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** People and teams: who someone is, which teams they coach or belong to, and user administration. */
@Service
@Transactional(readOnly = true)
public class IdentityFacade {

    private final IdentityStore store;
    private final PasswordHasher hasher;
    private final AuditStore audit;
    private final Clock clock;

    public IdentityFacade(IdentityStore store, PasswordHasher hasher, AuditStore audit, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<UserCredentials> credentials(String username) {
        return username == null ? Optional.empty() : store.credentials(username.trim().toLowerCase());
    }

    public Optional<UserAccount> account(String username) {
        return store.userByUsername(username);
    }

    public UserAccount me(Actor actor) {
        return store.user(actor.userId()).orElseThrow();
    }

    /** Creates a person; refuses a username or email that is already in use. */
    @Transactional
    public long register(NewUser user) {
        if (store.usernameOrEmailTaken(user.username(), user.email())) {
            throw new InvalidInputException("username", "validation.username.taken");
        }
        return store.createUser(user, hasher.hash(user.rawPassword()));
    }

    public List<UserAccount> users(Actor actor, String search, Page page) {
        actor.require(Role.ADMIN);
        return store.users(normalise(search), page);
    }

    public long countUsers(Actor actor, String search) {
        actor.require(Role.ADMIN);
        return store.countUsers(normalise(search));
    }

    public List<TeamSummary> myCoachedTeams(Actor actor) {
        actor.require(Role.COACH);
        return store.teamsCoachedBy(actor.userId());
    }

    public List<TeamSummary> myTeams(Actor actor) {
        return store.teamsOfAgent(actor.userId());
    }

    /** One page of the teams with their active agents and coaches, for HR and admins. */
    public List<TeamHeadcount> headcountPerTeam(Actor actor, HeadcountOrder order, Page page) {
        actor.requireAny(Role.HR, Role.ADMIN);
        return store.headcountPerTeam(order, page.offset(), page.limit());
    }

    public HeadcountTotals headcountTotals(Actor actor) {
        actor.requireAny(Role.HR, Role.ADMIN);
        return store.headcountTotals();
    }

    /** Gives a user the roles they lack of these (demo accounts that gained a role in a newer version). */
    @Transactional
    public void ensureRoles(long userId, java.util.Set<Role> roles) {
        roles.forEach(role -> store.grantRole(userId, role));
    }

    /** Creates the team if it does not exist yet; returns its id either way. */
    @Transactional
    public long ensureTeam(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "validation.teamName.required");
        }
        if (name.strip().length() > 120) {
            throw new InvalidInputException("name", "validation.teamName");
        }
        return store.teamIdByName(name.strip()).orElseGet(() -> store.createTeam(name.strip()));
    }

    @Transactional
    public void addToTeam(long teamId, long userId, Role memberRole) {
        if (memberRole != Role.AGENT && memberRole != Role.COACH) {
            throw new InvalidInputException("memberRole", "validation.memberRole");
        }
        store.addToTeam(teamId, userId, memberRole);
    }

    /** Every team with its people, for admins and HR. */
    public List<TeamSummary> allTeams(Actor actor) {
        actor.requireAny(Role.ADMIN, Role.HR);
        return store.allTeams();
    }

    /** Creates a team, for admins; a name already in use is refused rather than quietly taken for the new team. */
    @Transactional
    public long createTeam(Actor actor, String name) {
        actor.require(Role.ADMIN);
        if (name != null && store.teamIdByName(name.strip()).isPresent()) {
            throw new InvalidInputException("name", "admin.teams.exists");
        }
        long id = ensureTeam(name);
        audit.record(actor.userId(), "TEAM_CREATED", name.strip(), null, clock.instant());
        return id;
    }

    /** Renames a team, for admins; a name another team has is refused. */
    @Transactional
    public void renameTeam(Actor actor, long teamId, String name) {
        actor.require(Role.ADMIN);
        TeamSummary team = team(teamId);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "validation.teamName.required");
        }
        String newName = name.strip();
        if (newName.length() > 120) {
            throw new InvalidInputException("name", "validation.teamName");
        }
        if (store.teamIdByName(newName).filter(id -> id != teamId).isPresent()) {
            throw new InvalidInputException("name", "admin.teams.exists");
        }
        if (!newName.equals(team.name())) {
            store.renameTeam(teamId, newName);
            audit.record(actor.userId(), "TEAM_RENAMED", team.name() + " -> " + newName, null, clock.instant());
        }
    }

    /**
     * Deletes a team nothing refers to, for admins: one created by mistake. A team that has or had members, work
     * assigned or XP earned in it is refused, so no history loses its team.
     */
    @Transactional
    public void deleteTeam(Actor actor, long teamId) {
        actor.require(Role.ADMIN);
        TeamSummary team = team(teamId);
        if (store.teamInUse(teamId)) {
            throw new InvalidInputException("team", "admin.teams.inUse");
        }
        store.deleteTeam(teamId);
        audit.record(actor.userId(), "TEAM_DELETED", team.name(), null, clock.instant());
    }

    private TeamSummary team(long teamId) {
        return store.allTeams().stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new InvalidInputException("team", "admin.teams.gone"));
    }

    /** Puts a person in a team as coach or agent; they must hold that role. For admins. */
    @Transactional
    public void appoint(Actor actor, long teamId, long userId, Role memberRole) {
        actor.require(Role.ADMIN);
        UserAccount user = store.user(userId).orElseThrow(() -> new InvalidInputException("user", "validation.memberRole"));
        if (!user.roles().contains(memberRole)) {
            throw new InvalidInputException("user", "admin.teams.lacksRole");
        }
        addToTeam(teamId, userId, memberRole);
        audit.record(actor.userId(), "TEAM_MEMBER_ADDED", membership(teamId, user, memberRole), null, clock.instant());
    }

    @Transactional
    public void removeFromTeam(Actor actor, long teamId, long userId, Role memberRole) {
        actor.require(Role.ADMIN);
        store.removeFromTeam(teamId, userId, memberRole);
        store.user(userId).ifPresent(user -> audit.record(actor.userId(), "TEAM_MEMBER_REMOVED",
                membership(teamId, user, memberRole), null, clock.instant()));
    }

    /** "amara as AGENT in Harbour Team", for the audit log. */
    private String membership(long teamId, UserAccount user, Role memberRole) {
        String team = store.allTeams().stream().filter(t -> t.id() == teamId).map(TeamSummary::name).findFirst()
                .orElse("team " + teamId);
        return user.username() + " as " + memberRole + " in " + team;
    }

    private static String normalise(String search) {
        return search == null ? "" : search.strip().toLowerCase();
    }
}
