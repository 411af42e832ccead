package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.LeaderboardStore.Board;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps {@code xp_board_count} in step with {@code xp_total}: for every board a person is listed on,
 * how many listed people have each XP value. Called in the same transaction as every change of a
 * person's XP, team or visibility, with their row locked.
 */
final class BoardCounts {

    static final LocalDate ANY_WEEK = LocalDate.parse("1970-01-05");
    static final long ANY_TEAM = 0;

    /** Where a person stands: the values every board is keyed and counted on. */
    record Position(Long team, boolean listed, long total, LocalDate weekStart, long weekXp) {

        /** One count per board the person stands on; which boards that is, core decides. */
        List<Key> keys() {
            return Board.placesOf(team, listed, total, weekStart, weekXp).stream().map(p -> new Key(code(p.board()),
                    p.board().teamId() == null ? ANY_TEAM : p.board().teamId(),
                    p.board().weekStart() == null ? ANY_WEEK : p.board().weekStart(), p.xp())).toList();
        }
    }

    record Key(String board, long team, LocalDate week, long xp) {
    }

    private BoardCounts() {
    }

    /** How a board is stored in {@code xp_board_count.board}. */
    static String code(Board board) {
        return (board.scope() == Scope.TEAM ? "T" : "O") + (board.period() == Period.WEEK ? "W" : "");
    }

    /**
     * The person's row, locked, with the team they belong to now (which may differ from the stored one),
     * in one round trip.
     */
    static Optional<Position> positionWithCurrentTeam(JdbcTemplate jdbc, long userId, Long[] currentTeam) {
        return jdbc.query("""
                select team_id, public_board, total, week_start, week_xp,
                       (select m.team_id from team_member m where m.user_id = x.user_id and m.member_role = 'AGENT'
                        order by m.team_id limit 1)
                from xp_total x where user_id = ? for update""", (rs, i) -> {
            currentTeam[0] = rs.getObject(6, Long.class);
            return new Position(rs.getObject(1, Long.class), rs.getBoolean(2), rs.getLong(3),
                    rs.getDate(4).toLocalDate(), rs.getLong(5));
        }, userId).stream().findFirst();
    }

    static Optional<Position> position(JdbcTemplate jdbc, long userId) {
        return jdbc.query("select team_id, public_board, total, week_start, week_xp from xp_total where user_id = ? for update",
                (rs, i) -> new Position(rs.getObject(1, Long.class), rs.getBoolean(2), rs.getLong(3),
                        rs.getDate(4).toLocalDate(), rs.getLong(5)), userId).stream().findFirst();
    }

    /** Moves a person from their old counts to their new ones; unchanged keys are left alone. */
    static void move(JdbcTemplate jdbc, Optional<Position> before, Optional<Position> after) {
        List<Key> old = before.map(Position::keys).orElse(List.of());
        List<Key> now = after.map(Position::keys).orElse(List.of());
        // Every change in one global order of keys, so two awards never wait on each other in a circle.
        List<Key> changed = new ArrayList<>();
        old.stream().filter(k -> !now.contains(k)).forEach(changed::add);
        now.stream().filter(k -> !old.contains(k)).forEach(changed::add);
        changed.sort(ORDER);
        // One statement for both directions: +1 joins a count (creating it if new), -1 leaves one that
        // exists. Sent as one batch, in key order.
        List<Object[]> batch = changed.stream().map(key -> new Object[] {key.board(), key.team(),
                Date.valueOf(key.week()), key.xp(), now.contains(key) ? 1 : -1}).toList();
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into xp_board_count (board, team_id, week_start, xp, people) values (?, ?, ?, ?, ?)
                    on duplicate key update people = people + values(people)""", batch);
        }
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::board).thenComparingLong(Key::team)
            .thenComparing(Key::week).thenComparingLong(Key::xp);

}
