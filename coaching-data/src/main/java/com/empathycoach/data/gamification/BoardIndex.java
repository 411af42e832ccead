package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.LeaderboardStore.Board;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Place;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import com.empathycoach.data.gamification.Ranking.Spot;
import jakarta.annotation.PostConstruct;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Every leaderboard in memory, built from {@code xp_total} and kept in step with it on each node.
 *
 * <p>The boards are built when the node starts. Before answering, a reader passes the newest change stamp it read
 * from the database ({@code max(changed_at)}, an index lookup that rides along with the reader's first query); if it
 * is newer than what this node has seen, the changed rows are read first. So a board never shows less than what was committed
 * before it was asked for, on whichever node the change was made. A change committed out of stamp order (its
 * statement ran before, its commit after, another's) is picked up by the catch-up every second, which re-reads
 * the last few seconds, and everything is rebuilt from the table every ten minutes.
 */
@Component
class BoardIndex {

    /** How far back the periodic catch-up looks again, for transactions that committed out of stamp order. */
    private static final long OVERLAP_MICROS = 5_000_000;
    private static final String COLUMNS = """
            select x.user_id, x.team_id, x.public_board, x.total, x.reached_at, x.week_start, x.week_xp, x.week_reached_at,
                   greatest(x.changed_at, u.changed_at), u.display_name
            from xp_total x join app_user u on u.id = x.user_id""";
    /** The newest change stamp of the two tables the boards are built from. */
    static final String LATEST = """
            greatest(coalesce((select max(changed_at) from xp_total), timestamp'1970-01-02 00:00:00'),
                     coalesce((select max(changed_at) from app_user), timestamp'1970-01-02 00:00:00'))""";

    /** A person's row of {@code xp_total} and their name; times in microseconds as stored. */
    record Row(long userId, Long team, boolean listed, long total, long reachedAt, LocalDate weekStart, long weekXp,
               long weekReachedAt, String name, long stamp) {

        List<Place> places() {
            return Board.placesOf(team, listed, total, weekStart, weekXp);
        }

        /** Whether this person stands on the board; {@code evenIfHidden}: counting the place they would have if listed. */
        boolean on(Board board, boolean evenIfHidden) {
            Board key = key(board);
            return Board.placesOf(team, listed || evenIfHidden, total, weekStart, weekXp).stream()
                    .anyMatch(p -> key(p.board()).equals(key));
        }

        /** Where this person stands (or would stand, if hidden) on a board. */
        Spot spot(Board board) {
            return board.period() == Period.WEEK ? new Spot(weekXp, weekReachedAt, userId) : new Spot(total, reachedAt, userId);
        }
    }

    /** What a board is filed under: the team only for team boards, the week only for weekly ones. */
    static Board key(Board board) {
        return new Board(board.scope(), board.scope() == Scope.TEAM ? board.teamId() : null, board.period(),
                board.period() == Period.WEEK ? board.weekStart() : null);
    }

    private final JdbcTemplate jdbc;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private State state = new State();
    /** The newest change stamp applied (microseconds); 0 before anything was seen. */
    private volatile long seen;

    /** The boards and the rows they were built from. Guarded by {@link #lock}. */
    private static final class State {
        final Map<Long, Row> rows = new HashMap<>();
        final Map<Board, Ranking> boards = new HashMap<>();

        /** Puts a person's row in place unless a newer version of it is already there. */
        void put(Row row) {
            Row old = rows.get(row.userId());
            if (old != null && old.stamp() > row.stamp()) {
                return;
            }
            rows.put(row.userId(), row);
            if (old != null) {
                for (Place p : old.places()) {
                    Ranking ranking = boards.get(key(p.board()));
                    if (ranking != null) {
                        ranking.remove(old.spot(p.board()));
                    }
                }
            }
            for (Place p : row.places()) {
                boards.computeIfAbsent(key(p.board()), b -> new Ranking()).add(row.spot(p.board()));
            }
        }
    }

    BoardIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Builds every board before the application serves anyone (the schema is migrated by then). */
    @PostConstruct
    void build() {
        rebuild();
    }

    /**
     * Reads what changed since this node last looked, if {@code latest} (a change stamp) is newer. No lock is held
     * while the database is asked, so a caller holding a connection never waits for one who needs one; two
     * callers may read the same changes, and a row is only ever replaced by a version at least as new.
     */
    void catchUp(LocalDateTime latest) {
        if (latest != null && micros(latest) > seen) {
            apply("x.changed_at > ?", "u.changed_at > ?", seen);
        }
    }

    /** Catches up for readers who have no query of their own to carry the newest change stamp. */
    void catchUpNow() {
        catchUp(jdbc.queryForObject("select " + LATEST, LocalDateTime.class));
    }

    /** Re-reads the last few seconds, for changes that committed out of stamp order (and other nodes' changes). */
    @Scheduled(fixedDelayString = "${empathy.leaderboard.catch-up:PT1S}")
    void catchUpRecent() {
        apply("x.changed_at >= ?", "u.changed_at >= ?", seen - OVERLAP_MICROS);
    }

    /** Builds every board again from the table, then catches up with what changed while it read. */
    @Scheduled(fixedDelayString = "${empathy.leaderboard.rebuild:PT10M}", initialDelayString = "${empathy.leaderboard.rebuild:PT10M}")
    void rebuild() {
        long from = seen;
        State fresh = new State();
        long[] newest = {0};
        jdbc.query(COLUMNS, rs -> {
            Row row = row(rs);
            fresh.put(row);
            newest[0] = Math.max(newest[0], row.stamp());
        });
        lock.writeLock().lock();
        try {
            state = fresh;
            seen = Math.max(newest[0], from);
        } finally {
            lock.writeLock().unlock();
        }
        if (from > 0) {
            // Changes applied to the old boards while this one was read are read again onto the new ones.
            apply("x.changed_at >= ?", "u.changed_at >= ?", Math.min(from, newest[0]) - OVERLAP_MICROS);
        }
    }

    /** Reads the rows whose totals or whose person changed since {@code since}, each condition an index range. */
    private void apply(String totalsChanged, String personChanged, long since) {
        List<Row> changed = new java.util.ArrayList<>();
        long after = Math.max(0, since);
        LocalDateTime from = LocalDateTime.ofEpochSecond(after / 1_000_000, (int) (after % 1_000_000) * 1000, ZoneOffset.UTC);
        jdbc.query(COLUMNS + " where " + totalsChanged + " union all " + COLUMNS + " where " + personChanged,
                rs -> {
                    changed.add(row(rs));
                }, from, from);
        if (changed.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            long newest = seen;
            for (Row row : changed) {
                state.put(row);
                newest = Math.max(newest, row.stamp());
            }
            seen = newest;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Reads the boards under the read lock. */
    <T> T read(Function<Boards, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(new Boards(state));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A consistent view of every board, valid while {@link #read} runs. */
    static final class Boards {
        private static final Ranking EMPTY = new Ranking();
        private final State state;

        private Boards(State state) {
            this.state = state;
        }

        Ranking board(Board board) {
            return state.boards.getOrDefault(key(board), EMPTY);
        }

        Optional<Row> row(long userId) {
            return Optional.ofNullable(state.rows.get(userId));
        }

        String name(long userId) {
            Row row = state.rows.get(userId);
            return row == null ? null : row.name();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return row(rs, 0);
    }

    /** A row read in the order of {@link #COLUMNS}, starting after column {@code skip}. */
    static Row row(ResultSet rs, int skip) throws SQLException {
        return new Row(rs.getLong(skip + 1), rs.getObject(skip + 2, Long.class), rs.getBoolean(skip + 3),
                rs.getLong(skip + 4), micros(rs.getObject(skip + 5, LocalDateTime.class)),
                rs.getObject(skip + 6, LocalDate.class), rs.getLong(skip + 7), micros(rs.getObject(skip + 8, LocalDateTime.class)),
                rs.getString(skip + 10), micros(rs.getObject(skip + 9, LocalDateTime.class)));
    }

    /**
     * Puts one person's row, read by the caller in its own query, in place (unless a newer version is there). A
     * viewer's own row is passed this way, so they see their own XP even when their award committed after a
     * later-stamped one this node has already read.
     */
    void offer(Row row) {
        lock.writeLock().lock();
        try {
            state.put(row);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A stored time as a number that orders like it (the zone does not matter, only the order). */
    static long micros(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + time.getNano() / 1000;
    }
}
