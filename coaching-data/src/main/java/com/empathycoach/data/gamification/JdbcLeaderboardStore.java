package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.LeaderboardStore;
import com.empathycoach.data.gamification.BoardIndex.Row;
import com.empathycoach.data.gamification.Ranking.Spot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Leaderboards over {@code xp_total}, served from {@link BoardIndex}: the boards in memory, caught up with the
 * table before each answer. A viewer's whole board costs one query, for the viewer (team, visibility, the
 * anonymous setting and the newest change stamp); names come with the boards. No query here reads the ledger.
 */
@Repository
class JdbcLeaderboardStore implements LeaderboardStore {

    private static final String ANONYMOUS = "leaderboard.anonymous";

    private final JdbcTemplate jdbc;
    private final BoardIndex index;

    JdbcLeaderboardStore(JdbcTemplate jdbc, BoardIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Override
    public List<Entry> top(Board board, int limit) {
        return window(board, 1, limit);
    }

    @Override
    public List<Entry> window(Board board, long fromRank, int count) {
        index.catchUpNow();
        long skip = Math.max(0, fromRank - 1);
        return index.read(b -> {
            List<Entry> entries = new ArrayList<>();
            for (Spot s : b.board(board).from(skip, count)) {
                entries.add(new Entry(skip + entries.size() + 1, s.userId(), b.name(s.userId()), s.xp()));
            }
            return entries;
        });
    }

    @Override
    public List<Entry> around(Board board, long userId, Standing standing, int count) {
        index.catchUpNow();
        return index.read(b -> b.row(userId).map(row -> entries(b, places(b, board, row, 0, count), standing, userId))
                .orElse(List.of()));
    }

    @Override
    public Optional<Standing> standing(Board board, long userId) {
        index.catchUpNow();
        return index.read(b -> b.row(userId).flatMap(row -> standing(b, board, row)));
    }

    @Override
    public BoardView boardView(long userId, Scope scope, Period period, LocalDate weekStart, int top, int around) {
        Viewer viewer = viewer(userId);
        Optional<Long> team = Optional.ofNullable(viewer.team());
        if (scope == Scope.TEAM && team.isEmpty()) {
            return new BoardView(team, viewer.listed(), viewer.anonymous(), List.of(), Optional.empty(), List.of());
        }
        Board board = new Board(scope, scope == Scope.TEAM ? viewer.team() : null, period, weekStart);
        index.catchUp(viewer.latest());
        return index.read(b -> {
            Optional<Row> row = b.row(userId);
            Optional<Standing> me = row.flatMap(r -> standing(b, board, r));
            int aroundCount = me.isPresent() && me.get().rank() > top ? around : 0;
            Places places = row.map(r -> places(b, board, r, top, aroundCount))
                    .orElseGet(() -> new Places(b.board(board).from(0, top), List.of(), List.of(), false));
            List<Entry> topEntries = new ArrayList<>();
            for (Spot s : places.top()) {
                topEntries.add(new Entry(topEntries.size() + 1, s.userId(), b.name(s.userId()), s.xp()));
            }
            List<Entry> aroundEntries = aroundCount > 0 ? entries(b, places, me.get(), userId) : List.of();
            return new BoardView(team, viewer.listed(), viewer.anonymous(), topEntries, me, aroundEntries);
        });
    }

    /** The viewer's team, visibility, the anonymous setting, the newest change stamp and their own row. */
    private record Viewer(Long team, boolean listed, boolean anonymous, LocalDateTime latest, Row own) {
    }

    private Viewer viewer(long userId) {
        // Everything about the viewer, their own row and the newest change stamp, in one round trip.
        Viewer viewer = jdbc.queryForObject("""
                select (select team_id from team_member where user_id = u.id and member_role = 'AGENT' order by team_id limit 1),
                       coalesce(x.public_board, true),
                       (select value from org_setting where name = ?),
                       """ + BoardIndex.LATEST + """
                       , x.user_id, x.team_id, x.public_board, x.total, x.reached_at, x.week_start, x.week_xp,
                       x.week_reached_at, greatest(x.changed_at, u.changed_at), u.display_name
                from app_user u left join xp_total x on x.user_id = u.id where u.id = ?""",
                (rs, i) -> new Viewer(rs.getObject(1, Long.class), rs.getBoolean(2), Boolean.parseBoolean(rs.getString(3)),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5) == null ? null : BoardIndex.row(rs, 4)),
                ANONYMOUS, userId);
        if (viewer.own() != null) {
            index.offer(viewer.own());
        }
        return viewer;
    }

    /** What one read of the index found: the top, the places around the viewer, and whether they are listed. */
    private record Places(List<Spot> top, List<Spot> above, List<Spot> below, boolean listed) {
    }

    private static Places places(BoardIndex.Boards boards, Board board, Row row, int top, int around) {
        Ranking ranking = boards.board(board);
        Spot mine = row.spot(board);
        List<Spot> topSpots = top > 0 ? ranking.from(0, top) : List.of();
        if (around == 0) {
            return new Places(topSpots, List.of(), List.of(), false);
        }
        return new Places(topSpots, ranking.above(mine, around), ranking.below(mine, around), row.on(board, false));
    }

    /** The viewer's standing: their place if listed, or the place they would have; none without XP on the board. */
    private static Optional<Standing> standing(BoardIndex.Boards boards, Board board, Row row) {
        if (!row.on(board, true)) {
            return Optional.empty();
        }
        Spot mine = row.spot(board);
        return Optional.of(new Standing(mine.xp(), boards.board(board).ahead(mine) + 1));
    }

    /** The places above the viewer, the viewer if listed, then those below, numbered from the viewer's rank. */
    private static List<Entry> entries(BoardIndex.Boards names, Places places, Standing standing, long userId) {
        List<Entry> result = new ArrayList<>();
        for (int i = places.above().size() - 1; i >= 0; i--) {
            Spot s = places.above().get(i);
            result.add(new Entry(standing.rank() - 1 - i, s.userId(), names.name(s.userId()), s.xp()));
        }
        if (places.listed()) {
            result.add(new Entry(standing.rank(), userId, names.name(userId), standing.xp()));
        }
        long next = standing.rank() + (places.listed() ? 1 : 0);
        for (int i = 0; i < places.below().size(); i++) {
            Spot s = places.below().get(i);
            result.add(new Entry(next + i, s.userId(), names.name(s.userId()), s.xp()));
        }
        return result;
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
        // A person without XP yet has no row; the choice is kept for when they earn their first XP.
        jdbc.update("""
                insert into xp_total (user_id, team_id, public_board, total, reached_at, week_start, week_xp, week_reached_at)
                values (?, null, ?, 0, current_timestamp(6), '1970-01-05', 0, current_timestamp(6))
                on duplicate key update public_board = values(public_board)""", userId, shown);
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
