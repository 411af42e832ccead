package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.LeaderboardStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Leaderboards over {@code xp_total}. Each board has an index whose order is the ranking order
 * (XP descending, then the time that XP was reached, then user id), so the top rows are an index range
 * and a rank is three counts over index ranges. No query here reads the ledger.
 */
@Repository
class JdbcLeaderboardStore implements LeaderboardStore {

    private static final String ANONYMOUS = "leaderboard.anonymous";

    private final JdbcTemplate jdbc;

    JdbcLeaderboardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL pieces of one board: its filter with parameters, and its XP and time columns. */
    private record Sql(String where, List<Object> params, String xp, String time) {
        static Sql of(Board board) {
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder();
            if (board.scope() == Scope.TEAM) {
                where.append("x.team_id = ? and ");
                params.add(board.teamId());
            }
            where.append("x.public_board = true");
            if (board.period() == Period.WEEK) {
                where.append(" and x.week_start = ?");
                params.add(Date.valueOf(board.weekStart()));
                return new Sql(where.toString(), params, "x.week_xp", "x.week_reached_at");
            }
            return new Sql(where.toString(), params, "x.total", "x.reached_at");
        }

        Object[] with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

    @Override
    public List<Entry> top(Board board, int limit) {
        return window(board, 1, limit);
    }

    @Override
    public List<Entry> window(Board board, long fromRank, int count) {
        Sql sql = Sql.of(board);
        long offset = Math.max(0, fromRank - 1);
        List<Entry> rows = new ArrayList<>();
        jdbc.query("select x.user_id, " + sql.xp() + ", u.display_name from xp_total x join app_user u on u.id = x.user_id"
                + " where " + sql.where() + " and " + sql.xp() + " > 0 order by " + sql.xp() + " desc, " + sql.time() + ", x.user_id limit ? offset ?",
                rs -> {
                    rows.add(new Entry(offset + rows.size() + 1, rs.getLong(1), rs.getString(3), rs.getLong(2)));
                }, sql.with(count, offset));
        return rows;
    }

    @Override
    public List<Entry> around(Board board, long userId, Standing standing, int count) {
        Sql sql = Sql.of(board);
        Timestamp time = jdbc.queryForObject("select " + sql.time().substring(2) + " from xp_total where user_id = ?",
                Timestamp.class, userId);
        long xp = standing.xp();
        // Nearest first. Each tie-break case is one range of the board's index, asked in turn until enough.
        String up = " order by " + sql.xp() + ", " + sql.time() + " desc, x.user_id desc limit ?";
        List<Entry> above = nearest(sql, count, List.of(
                new Part(sql.xp() + " = ? and " + sql.time() + " = ? and x.user_id < ?" + up, List.of(xp, time, userId)),
                new Part(sql.xp() + " = ? and " + sql.time() + " < ?" + up, List.of(xp, time)),
                new Part(sql.xp() + " > ?" + up, List.of(xp))));
        String down = " order by " + sql.xp() + " desc, " + sql.time() + ", x.user_id limit ?";
        List<Entry> below = nearest(sql, count, List.of(
                new Part(sql.xp() + " = ? and " + sql.time() + " = ? and x.user_id > ?" + down, List.of(xp, time, userId)),
                new Part(sql.xp() + " = ? and " + sql.time() + " > ?" + down, List.of(xp, time)),
                new Part(sql.xp() + " < ? and " + sql.xp() + " > 0" + down, List.of(xp))));
        List<Entry> result = new ArrayList<>();
        for (int i = above.size() - 1; i >= 0; i--) {
            Entry e = above.get(i);
            result.add(new Entry(standing.rank() - 1 - i, e.userId(), e.displayName(), e.xp()));
        }
        boolean listed = isPublic(userId);
        if (listed) {
            String name = jdbc.queryForObject("select display_name from app_user where id = ?", String.class, userId);
            result.add(new Entry(standing.rank(), userId, name, xp));
        }
        long next = standing.rank() + (listed ? 1 : 0);
        for (int i = 0; i < below.size(); i++) {
            Entry e = below.get(i);
            result.add(new Entry(next + i, e.userId(), e.displayName(), e.xp()));
        }
        return result;
    }

    private record Part(String condition, List<Object> params) {
    }

    private List<Entry> nearest(Sql sql, int count, List<Part> parts) {
        List<Entry> found = new ArrayList<>();
        for (Part part : parts) {
            if (found.size() >= count) {
                break;
            }
            List<Object> params = new ArrayList<>(part.params());
            params.add(count - found.size());
            jdbc.query("select x.user_id, " + sql.xp() + ", u.display_name from xp_total x join app_user u on u.id = x.user_id"
                    + " where " + sql.where() + " and " + part.condition(), rs -> {
                        found.add(new Entry(0, rs.getLong(1), rs.getString(3), rs.getLong(2)));
                    }, sql.with(params.toArray()));
        }
        return found;
    }

    @Override
    public Optional<Standing> standing(Board board, long userId) {
        record Mine(long xp, Timestamp time, Long team, LocalDate week) {
        }
        String xpColumn = board.period() == Period.WEEK ? "week_xp" : "total";
        String timeColumn = board.period() == Period.WEEK ? "week_reached_at" : "reached_at";
        Optional<Mine> mine = jdbc.query("select " + xpColumn + ", " + timeColumn
                        + ", team_id, week_start from xp_total where user_id = ?",
                (rs, i) -> new Mine(rs.getLong(1), rs.getTimestamp(2), rs.getObject(3, Long.class),
                        rs.getDate(4).toLocalDate()), userId).stream().findFirst();
        if (mine.isEmpty() || mine.get().xp() <= 0
                || (board.period() == Period.WEEK && !mine.get().week().equals(board.weekStart()))
                || (board.scope() == Scope.TEAM && !board.teamId().equals(mine.get().team()))) {
            return Optional.empty();
        }
        Sql sql = Sql.of(board);
        Mine m = mine.get();
        // Everyone with more XP, from the per-value counts; then the ties ahead, a narrow index range.
        Long more = jdbc.queryForObject("""
                select coalesce(sum(people), 0) from xp_board_count
                where board = ? and team_id = ? and week_start = ? and xp > ?""",
                Long.class, countKey(board), board.scope() == Scope.TEAM ? board.teamId() : BoardCounts.ANY_TEAM,
                Date.valueOf(board.period() == Period.WEEK ? board.weekStart() : BoardCounts.ANY_WEEK), m.xp());
        Long ties = jdbc.queryForObject("select"
                + " (select count(*) from xp_total x where " + sql.where() + " and " + sql.xp() + " = ? and "
                + sql.time() + " < ?)"
                + " + (select count(*) from xp_total x where " + sql.where() + " and " + sql.xp() + " = ? and "
                + sql.time() + " = ? and x.user_id < ?)",
                Long.class, concat(sql.with(m.xp(), m.time()), sql.with(m.xp(), m.time(), userId)));
        long ahead = (more == null ? 0 : more) + (ties == null ? 0 : ties);
        return Optional.of(new Standing(m.xp(), ahead + 1));
    }

    private static String countKey(Board board) {
        return BoardCounts.code(board);
    }

    private static Object[] concat(Object[]... parts) {
        List<Object> all = new ArrayList<>();
        for (Object[] part : parts) {
            all.addAll(List.of(part));
        }
        return all.toArray();
    }

    @Override
    public Optional<Long> teamOf(long userId) {
        return jdbc.queryForList("""
                select team_id from team_member where user_id = ? and member_role = 'AGENT' order by team_id limit 1""",
                Long.class, userId).stream().findFirst();
    }

    @Override
    public boolean isPublic(long userId) {
        return jdbc.queryForList("select public_board from xp_total where user_id = ?", Boolean.class, userId)
                .stream().findFirst().orElse(true);
    }

    @Override
    @Transactional
    public void setPublic(long userId, boolean shown) {
        var before = BoardCounts.position(jdbc, userId);
        // A person without XP yet has no row; the choice is kept for when they earn their first XP.
        jdbc.update("""
                insert into xp_total (user_id, team_id, public_board, total, reached_at, week_start, week_xp, week_reached_at)
                values (?, null, ?, 0, current_timestamp(6), '1970-01-05', 0, current_timestamp(6))
                on duplicate key update public_board = values(public_board)""", userId, shown);
        BoardCounts.move(jdbc, before, BoardCounts.position(jdbc, userId));
    }

    @Override
    public List<TeamEntry> teams(Period period, LocalDate weekStart) {
        // Sums the per-person totals (not the ledger); the facade caches the result for a minute.
        String xp = period == Period.WEEK ? "sum(if(x.week_start = ?, x.week_xp, 0))" : "sum(x.total)";
        Object[] params = period == Period.WEEK ? new Object[] {Date.valueOf(weekStart)} : new Object[0];
        record Row(long teamId, String name, int members, long xp) {
        }
        List<Row> rows = jdbc.query("select t.id, t.name, m.members, coalesce(s.xp, 0) from team t"
                + " join (select team_id, count(*) members from team_member where member_role = 'AGENT' group by team_id) m"
                + " on m.team_id = t.id left join (select x.team_id, " + xp + " xp from xp_total x"
                + " where x.team_id is not null group by x.team_id) s on s.team_id = t.id",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4)), params);
        List<Row> sorted = rows.stream()
                .sorted(Comparator.comparingLong((Row r) -> -Math.round((double) r.xp() / r.members()))
                        .thenComparing(Row::name))
                .toList();
        List<TeamEntry> entries = new ArrayList<>();
        for (Row r : sorted) {
            entries.add(new TeamEntry(entries.size() + 1, r.teamId(), r.name(), r.members(),
                    Math.round((double) r.xp() / r.members())));
        }
        return entries;
    }

    @Override
    public boolean anonymousBoards() {
        return jdbc.queryForList("select value from org_setting where name = ?", String.class, ANONYMOUS)
                .stream().findFirst().map(Boolean::parseBoolean).orElse(false);
    }

    @Override
    public void setAnonymousBoards(boolean anonymous) {
        jdbc.update("insert into org_setting (name, value) values (?, ?) on duplicate key update value = values(value)",
                ANONYMOUS, Boolean.toString(anonymous));
    }
}
