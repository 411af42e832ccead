package com.empathycoach.core.identity;

import com.empathycoach.core.shared.Page;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: where people and teams are kept. */
public interface IdentityStore {

    Optional<UserCredentials> credentials(String username);

    Optional<UserAccount> user(long id);

    Optional<UserAccount> userByUsername(String username);

    boolean usernameOrEmailTaken(String username, String email);

    long createUser(NewUser user, String passwordHash);

    List<UserAccount> users(String search, Page page);

    long countUsers(String search);

    long createTeam(String name);

    Optional<Long> teamIdByName(String name);

    void addToTeam(long teamId, long userId, Role memberRole);

    List<TeamSummary> teamsCoachedBy(long coachId);

    /** Every team with its coaches and agents, by name. */
    List<TeamSummary> allTeams();

    void removeFromTeam(long teamId, long userId, Role memberRole);

    void renameTeam(long teamId, String name);

    /** Whether anything refers to the team: a member (active or not), an assignment, or XP earned in it. */
    boolean teamInUse(long teamId);

    void deleteTeam(long teamId);

    List<TeamSummary> teamsOfAgent(long agentId);

    /** One page of the teams with their active agents and coaches, in this order (ties broken by name and id). */
    List<TeamHeadcount> headcountPerTeam(HeadcountOrder order, int offset, int limit);

    HeadcountTotals headcountTotals();

    Set<Long> agentIdsCoachedBy(long coachId);

    /** Gives the user this role if they lack it. */
    void grantRole(long userId, Role role);
}
