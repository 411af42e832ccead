package com.empathycoach.data.identity;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.HeadcountOrder;
import com.empathycoach.core.identity.HeadcountTotals;
import com.empathycoach.core.identity.TeamHeadcount;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.identity.UserCredentials;
import com.empathycoach.core.shared.Page;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Repository
class JpaIdentityStore implements IdentityStore {

    private final UserRepository users;
    private final TeamRepository teams;
    private final JdbcTemplate jdbc;
    private final EntityManager em;

    JpaIdentityStore(UserRepository users, TeamRepository teams, JdbcTemplate jdbc, EntityManager em) {
        this.users = users;
        this.teams = teams;
        this.jdbc = jdbc;
        this.em = em;
    }

    @Override
    public Optional<UserCredentials> credentials(String username) {
        return users.findByUsername(username)
                .map(u -> new UserCredentials(u.id, u.username, u.passwordHash, u.roles, u.active));
    }

    @Override
    public Optional<UserAccount> user(long id) {
        return users.findById(id).map(JpaIdentityStore::toAccount);
    }

    @Override
    public Optional<UserAccount> userByUsername(String username) {
        return users.findByUsername(username).map(JpaIdentityStore::toAccount);
    }

    @Override
    public boolean usernameOrEmailTaken(String username, String email) {
        return users.existsByUsernameOrEmail(username, email);
    }

    @Override
    public long createUser(NewUser user, String passwordHash) {
        return users.save(new UserEntity(user.username(), user.displayName(), user.email(), passwordHash,
                user.roles(), user.timeZone())).id;
    }

    @Override
    public List<UserAccount> users(String search, Page page) {
        return em.createQuery("select u from UserEntity u where " + UserRepository.SEARCH
                        + " order by u.displayName, u.id", UserEntity.class)
                .setParameter("pattern", like(search))
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList().stream().map(JpaIdentityStore::toAccount).toList();
    }

    @Override
    public long countUsers(String search) {
        return users.countSearch(like(search));
    }

    @Override
    public long createTeam(String name) {
        return teams.save(new TeamEntity(name)).id;
    }

    @Override
    public Optional<Long> teamIdByName(String name) {
        return teams.findByName(name).map(t -> t.id);
    }

    @Override
    public void addToTeam(long teamId, long userId, Role memberRole) {
        jdbc.update("insert ignore into team_member (team_id, user_id, member_role) values (?, ?, ?)",
                teamId, userId, memberRole.name());
    }

    @Override
    public List<TeamSummary> teamsCoachedBy(long coachId) {
        return teamsWhere("t.id in (select team_id from team_member where user_id = ? and member_role = 'COACH')", coachId);
    }

    @Override
    public List<TeamSummary> allTeams() {
        return teamsWhere("t.id > ?", 0L);
    }

    @Override
    public void renameTeam(long teamId, String name) {
        jdbc.update("update team set name = ?, version = version + 1 where id = ?", name, teamId);
    }

    @Override
    public boolean teamInUse(long teamId) {
        Boolean used = jdbc.queryForObject("""
                select exists (select 1 from team_member where team_id = ?)
                    or exists (select 1 from assignment where team_id = ?)
                    or exists (select 1 from xp_total where team_id = ?)""", Boolean.class, teamId, teamId, teamId);
        return Boolean.TRUE.equals(used);
    }

    @Override
    public void deleteTeam(long teamId) {
        jdbc.update("delete from team where id = ?", teamId);
    }

    @Override
    public void removeFromTeam(long teamId, long userId, Role memberRole) {
        jdbc.update("delete from team_member where team_id = ? and user_id = ? and member_role = ?",
                teamId, userId, memberRole.name());
    }

    @Override
    public List<TeamSummary> teamsOfAgent(long agentId) {
        return teamsWhere("t.id in (select team_id from team_member where user_id = ? and member_role = 'AGENT')", agentId);
    }

    private static final String HEADCOUNTS = """
            select t.id, t.name,
                   count(distinct case when m.member_role = 'AGENT' and u.active then m.user_id end) agents,
                   count(distinct case when m.member_role = 'COACH' and u.active then m.user_id end) coaches
            from team t
            left join team_member m on m.team_id = t.id
            left join app_user u on u.id = m.user_id
            group by t.id, t.name""";

    @Override
    public List<TeamHeadcount> headcountPerTeam(HeadcountOrder order, int offset, int limit) {
        String direction = order.descending() ? " desc" : "";
        String first = switch (order.by()) {
            case TEAM -> "t.name" + direction;
            case AGENTS -> "agents" + direction + ", t.name";
            case COACHES -> "coaches" + direction + ", t.name";
        };
        return jdbc.query(HEADCOUNTS + " order by " + first + ", t.id" + direction + " limit ? offset ?",
                (rs, i) -> new TeamHeadcount(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), limit, offset);
    }

    @Override
    public HeadcountTotals headcountTotals() {
        return jdbc.queryForObject("select count(*), coalesce(sum(agents), 0) from (" + HEADCOUNTS + ") teams",
                (rs, i) -> new HeadcountTotals(rs.getLong(1), rs.getLong(2)));
    }

    @Override
    public Set<Long> agentIdsCoachedBy(long coachId) {
        return new HashSet<>(jdbc.queryForList("""
                select distinct a.user_id from team_member a
                join team_member c on c.team_id = a.team_id and c.member_role = 'COACH' and c.user_id = ?
                where a.member_role = 'AGENT'""", Long.class, coachId));
    }

    private List<TeamSummary> teamsWhere(String condition, long userId) {
        record Row(long teamId, String teamName, String memberRole, TeamMember member) {
        }
        List<Row> rows = jdbc.query("""
                select t.id, t.name, m.member_role, u.id, u.username, u.display_name, u.active
                from team t
                left join team_member m on m.team_id = t.id
                left join app_user u on u.id = m.user_id
                where %s
                order by t.name, u.display_name""".formatted(condition),
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(5) == null ? null
                                : new TeamMember(rs.getLong(4), rs.getString(5), rs.getString(6), rs.getBoolean(7))),
                userId);
        Map<Long, List<Row>> byTeam = new LinkedHashMap<>();
        rows.forEach(r -> byTeam.computeIfAbsent(r.teamId(), k -> new ArrayList<>()).add(r));
        return byTeam.values().stream().map(teamRows -> new TeamSummary(
                teamRows.getFirst().teamId(), teamRows.getFirst().teamName(),
                teamRows.stream().filter(r -> "COACH".equals(r.memberRole())).map(Row::member).toList(),
                teamRows.stream().filter(r -> "AGENT".equals(r.memberRole())).map(Row::member).toList()))
                .toList();
    }

    private static String like(String search) {
        // '!' rather than a backslash escapes, as the database reads a backslash in a literal as an escape itself.
        String escaped = search.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static UserAccount toAccount(UserEntity u) {
        return new UserAccount(u.id, u.username, u.displayName, u.email, u.roles, u.active, u.timeZone);
    }

    @Override
    public void grantRole(long userId, Role role) {
        jdbc.update("insert into user_role (user_id, role) select ?, ? from dual where not exists "
                + "(select 1 from user_role where user_id = ? and role = ?)", userId, role.name(), userId, role.name());
    }
}
