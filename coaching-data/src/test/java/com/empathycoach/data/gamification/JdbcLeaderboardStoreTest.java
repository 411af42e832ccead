package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.LeaderboardStore;
import com.empathycoach.core.gamification.LeaderboardStore.Board;
import com.empathycoach.core.gamification.LeaderboardStore.Entry;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import com.empathycoach.core.gamification.LeaderboardStore.Standing;
import com.empathycoach.core.gamification.LeaderboardStore.TeamEntry;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the boards show besides ranks (which GamificationStoreTest checks against the ledger). */
@SpringBootTest
class JdbcLeaderboardStoreTest {

    @Autowired
    LeaderboardStore boards;

    @Autowired
    IdentityStore identity;

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate thisWeek = LocalDate.parse("2026-11-23");
    private final LocalDate lastWeek = LocalDate.parse("2026-11-16");

    @Test
    void everyoneIsListedUntilTheyOptOutEvenBeforeTheirFirstXp() {
        long user = newUser("new");
        assertThat(boards.isPublic(user)).isTrue();
        boards.setPublic(user, false);
        assertThat(boards.isPublic(user)).isFalse();
        boards.setPublic(user, true);
        assertThat(boards.isPublic(user)).isTrue();
        assertThat(boards.standing(new Board(Scope.ORGANISATION, null, Period.ALL_TIME, thisWeek), user)).isEmpty();
    }

    @Test
    void anAgentsTeamIsTheirFirstTeamAsAnAgent() {
        long first = identity.createTeam("First " + tag);
        long second = identity.createTeam("Second " + tag);
        long agent = newUser("agent");
        long coach = newUser("coach");
        identity.addToTeam(second, agent, Role.AGENT);
        identity.addToTeam(first, agent, Role.AGENT);
        identity.addToTeam(first, coach, Role.COACH);

        assertThat(boards.teamOf(agent)).contains(first);
        assertThat(boards.teamOf(coach)).as("a coach only").isEmpty();
    }

    @Test
    void teamsRankByAverageXpPerAgentCountingAgentsWithoutXp() {
        long halves = team("B " + tag, 100, 0);
        long single = team("A " + tag, 70);
        long thirds = team("C " + tag, 30, 30, 30);
        long tiedByName = team("D " + tag, 30);
        identity.addToTeam(identity.createTeam("AccessFacade only " + tag), newUser("lonely"), Role.COACH);

        assertThat(boards.teams(Period.ALL_TIME, thisWeek)).filteredOn(t -> t.name().endsWith(tag))
                .extracting(TeamEntry::teamId, TeamEntry::members, TeamEntry::averageXp)
                .containsExactly(tuple(single, 1, 70L), tuple(halves, 2, 50L), tuple(thirds, 3, 30L), tuple(tiedByName, 1, 30L));
    }

    @Test
    void theWeeksTeamBoardCountsOnlyThatWeeksXp() {
        long current = team("Current " + tag);
        long stale = team("Stale " + tag);
        earn(newAgent(current), current, 200, thisWeek, 40);
        earn(newAgent(stale), stale, 500, lastWeek, 90);

        assertThat(boards.teams(Period.WEEK, thisWeek)).filteredOn(t -> t.name().endsWith(tag))
                .extracting(TeamEntry::teamId, TeamEntry::averageXp).containsExactly(tuple(current, 40L), tuple(stale, 0L));
    }

    @Test
    void aBoardShowsNoOneWithoutXpOnItAndNoStandingForThem() {
        long team = team("Board " + tag);
        long player = newAgent(team);
        earn(player, team, 120, lastWeek, 35);

        Board allTime = new Board(Scope.TEAM, team, Period.ALL_TIME, thisWeek);
        Board week = new Board(Scope.TEAM, team, Period.WEEK, thisWeek);
        assertThat(boards.top(allTime, 10)).containsExactly(new Entry(1, player, "Player " + tag, 120));
        assertThat(boards.standing(allTime, player)).contains(new Standing(120, 1));
        assertThat(boards.top(week, 10)).as("last week's XP").isEmpty();
        assertThat(boards.standing(week, player)).isEmpty();
        assertThat(boards.standing(new Board(Scope.TEAM, team("Other " + tag), Period.ALL_TIME, thisWeek), player)).isEmpty();
    }

    @Test
    void theAnonymousBoardsSettingIsKept() {
        boolean before = boards.anonymousBoards();
        try {
            boards.setAnonymousBoards(!before);
            assertThat(boards.anonymousBoards()).isEqualTo(!before);
            boards.setAnonymousBoards(before);
            assertThat(boards.anonymousBoards()).isEqualTo(before);
        } finally {
            boards.setAnonymousBoards(before);
        }
    }

    /** A team whose agents have these all-time totals (0: an agent without XP). */
    private long team(String name, long... totals) {
        long team = identity.createTeam(name);
        for (long total : totals) {
            long agent = newAgent(team);
            if (total > 0) {
                earn(agent, team, total, thisWeek, 0);
            }
        }
        return team;
    }

    private long newAgent(long team) {
        long agent = newUser("player");
        identity.addToTeam(team, agent, Role.AGENT);
        return agent;
    }

    private long newUser(String prefix) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return identity.createUser(new NewUser(prefix + unique, "Player " + tag, unique + "@example.org",
                "long-enough-password", Set.of(Role.AGENT), "UTC"), "h");
    }

    /** The row awards leave behind. */
    private void earn(long user, long team, long total, LocalDate weekStart, long weekXp) {
        Timestamp at = Timestamp.from(Instant.parse("2026-11-23T09:00:00Z"));
        jdbc.update("""
                insert into xp_total (user_id, team_id, public_board, total, reached_at, week_start, week_xp, week_reached_at)
                values (?, ?, true, ?, ?, ?, ?, ?)""", user, team, total, at, Date.valueOf(weekStart), weekXp, at);
    }
}
