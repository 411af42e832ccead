package com.empathycoach.data.gamification;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
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

        List<Key> keys() {
            List<Key> keys = new ArrayList<>();
            if (!listed) {
                return keys;
            }
            keys.add(new Key("O", ANY_TEAM, ANY_WEEK, total));
            keys.add(new Key("OW", ANY_TEAM, weekStart, weekXp));
            if (team != null) {
                keys.add(new Key("T", team, ANY_WEEK, total));
                keys.add(new Key("TW", team, weekStart, weekXp));
            }
            return keys.stream().filter(k -> k.xp() > 0).toList();
        }
    }

    record Key(String board, long team, LocalDate week, long xp) {
    }

    private BoardCounts() {
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
        for (Key key : old) {
            if (!now.contains(key)) {
                jdbc.update("update xp_board_count set people = people - 1 where board = ? and team_id = ? and week_start = ? and xp = ?",
                        key.board(), key.team(), Date.valueOf(key.week()), key.xp());
            }
        }
        for (Key key : now) {
            if (!old.contains(key)) {
                jdbc.update("""
                        insert into xp_board_count (board, team_id, week_start, xp, people) values (?, ?, ?, ?, 1)
                        on duplicate key update people = people + 1""",
                        key.board(), key.team(), Date.valueOf(key.week()), key.xp());
            }
        }
    }
}
