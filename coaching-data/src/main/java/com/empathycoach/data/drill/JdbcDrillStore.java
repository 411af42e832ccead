package com.empathycoach.data.drill;

import com.empathycoach.core.analysis.Marker;
import com.empathycoach.core.drill.DrillSession;
import com.empathycoach.core.drill.DrillStore;
import com.empathycoach.core.drill.Memory;
import com.empathycoach.core.drill.MemoryState;
import com.empathycoach.core.drill.Rating;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Repository
class JdbcDrillStore implements DrillStore {

    private static final String MEMORY = """
            select item_id, empathy_key, drillable, phase, step, stability, difficulty, due, last_review, reviews, lapses
            from drill_memory""";

    private final JdbcTemplate jdbc;

    JdbcDrillStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Memory> memory(long userId, String itemId) {
        return jdbc.query(MEMORY + " where user_id = ? and item_id = ?", JdbcDrillStore::memory, userId, itemId).stream()
                .findFirst();
    }

    @Override
    public List<Memory> due(long userId, Instant now, int limit) {
        return jdbc.query(MEMORY + " where user_id = ? and drillable and due <= ? order by due limit ?",
                JdbcDrillStore::memory, userId, Timestamp.from(now), limit);
    }

    @Override
    public List<Memory> upcomingOn(long userId, EmpathyKey key, Instant now, Instant reviewedBefore, int limit) {
        return jdbc.query(MEMORY + """
                 where user_id = ? and drillable and empathy_key = ? and due > ? and last_review < ?
                order by due limit ?""", JdbcDrillStore::memory, userId, key.name(), Timestamp.from(now),
                Timestamp.from(reviewedBefore), limit);
    }

    @Override
    public List<Memory> memories(long userId) {
        return jdbc.query(MEMORY + " where user_id = ?", JdbcDrillStore::memory, userId);
    }

    @Override
    public List<Memory> memories(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(MEMORY + " where user_id in (" + marks(userIds.size()) + ")", JdbcDrillStore::memory,
                userIds.toArray());
    }

    private static String marks(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    @Override
    public Set<Long> activeSince(java.util.Collection<Long> userIds, Instant since) {
        List<Object> args = new java.util.ArrayList<>(userIds);
        args.add(Timestamp.from(since));
        return new HashSet<>(jdbc.queryForList("select distinct user_id from drill_session where user_id in ("
                + marks(userIds.size()) + ") and started_at >= ? and answered <> ''", Long.class, args.toArray()));
    }

    @Override
    public Set<String> met(long userId) {
        return new HashSet<>(jdbc.queryForList("select item_id from drill_memory where user_id = ?", String.class, userId));
    }

    @Override
    public void review(long userId, Memory after, Rating rating, boolean correct, Long responseMillis, Instant at,
                       double halfLifeDays) {
        MemoryState s = after.state();
        jdbc.update("""
                insert into drill_memory (user_id, item_id, empathy_key, drillable, phase, step, stability, difficulty, due,
                    last_review, reviews, lapses) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update empathy_key = values(empathy_key), drillable = values(drillable),
                    phase = values(phase), step = values(step), stability = values(stability),
                    difficulty = values(difficulty), due = values(due), last_review = values(last_review),
                    reviews = values(reviews), lapses = values(lapses)""",
                userId, after.itemId(), after.key().name(), after.drillable(), s.phase().name(), s.step(), s.stability(),
                s.difficulty(), Timestamp.from(s.due()), timestamp(s.lastReview()), after.reviews(), after.lapses());
        jdbc.update("""
                insert into drill_review (user_id, item_id, empathy_key, rating, correct, response_ms, at)
                values (?, ?, ?, ?, ?, ?, ?)""", userId, after.itemId(), after.key().name(), rating.grade(), correct,
                responseMillis, Timestamp.from(at));
        foldIntoProfile(userId, after.key(), correct ? 100 : 0, at, halfLifeDays);
    }

    /**
     * Exponential decay kept incrementally: both sums shrink by half every half-life before the new answer is added,
     * so their ratio is the recency-weighted mean and reading it costs one row per key.
     */
    private void foldIntoProfile(long userId, EmpathyKey key, int score, Instant at, double halfLifeDays) {
        jdbc.update(fold("drill_profile", "empathy_key"), userId, key.name(), score, Timestamp.from(at),
                halfLifeDays * 86_400, halfLifeDays * 86_400);
    }

    /** The upsert that decays a profile row's sums to the new answer's time and adds the answer, for keys and markers. */
    private static String fold(String table, String dimension) {
        return "insert into " + table + " (user_id, " + dimension + """
                , score_sum, weight_sum, as_of) values (?, ?, ?, 1, ?)
                on duplicate key update
                    score_sum = score_sum * pow(0.5, greatest(0, timestampdiff(second, as_of, values(as_of))) / ?) + values(score_sum),
                    weight_sum = weight_sum * pow(0.5, greatest(0, timestampdiff(second, as_of, values(as_of))) / ?) + 1,
                    as_of = greatest(as_of, values(as_of))""";
    }

    @Override
    public void foldMarkers(long userId, Set<Marker> shown, Instant at, double halfLifeDays) {
        List<Object[]> rows = java.util.Arrays.stream(Marker.values()).map(m -> new Object[] {userId, m.name(),
                shown.contains(m) ? 100 : 0, Timestamp.from(at), halfLifeDays * 86_400, halfLifeDays * 86_400}).toList();
        jdbc.batchUpdate(fold("drill_marker_profile", "marker"), rows);
    }

    @Override
    public Map<Marker, ProfileSum> markerProfile(long userId) {
        Map<Marker, ProfileSum> profile = new EnumMap<>(Marker.class);
        jdbc.query("select marker, score_sum, weight_sum, as_of from drill_marker_profile where user_id = ?", rs -> {
            try {
                profile.put(Marker.valueOf(rs.getString(1)), new ProfileSum(rs.getDouble(2), rs.getDouble(3),
                        rs.getTimestamp(4).toInstant()));
            } catch (IllegalArgumentException retired) {
                // a marker the analyzer no longer has
            }
        }, userId);
        return profile;
    }

    @Override
    public Map<EmpathyKey, ProfileSum> profile(long userId) {
        Map<EmpathyKey, ProfileSum> profile = new EnumMap<>(EmpathyKey.class);
        jdbc.query("select empathy_key, score_sum, weight_sum, as_of from drill_profile where user_id = ?", rs -> {
            profile.put(EmpathyKey.valueOf(rs.getString(1)), new ProfileSum(rs.getDouble(2), rs.getDouble(3),
                    rs.getTimestamp(4).toInstant()));
        }, userId);
        return profile;
    }

    @Override
    public long startSession(long userId, LocalDate day, List<String> itemIds, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert ignore into drill_session (user_id, day, items, started_at) values (?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, userId);
            ps.setObject(2, day);
            ps.setString(3, String.join(",", itemIds));
            ps.setTimestamp(4, Timestamp.from(at));
            return ps;
        }, key);
        if (inserted == 1 && key.getKey() != null) {
            return key.getKey().longValue();
        }
        return openSession(userId, day).orElseThrow().id();
    }

    @Override
    public Optional<DrillSession> openSession(long userId, LocalDate day) {
        return jdbc.query("""
                select id, user_id, items, answered, correct from drill_session
                where user_id = ? and open_day = ?""", (rs, i) -> new DrillSession(rs.getLong(1), rs.getLong(2),
                split(rs.getString(3)), split(rs.getString(4)), rs.getInt(5)), userId, day).stream().findFirst();
    }

    @Override
    public boolean answered(long sessionId, String itemId, boolean correct) {
        return jdbc.update("""
                update drill_session set answered = concat_ws(',', nullif(answered, ''), ?), correct = correct + ?
                where id = ? and finished_at is null and find_in_set(?, items) > 0 and find_in_set(?, answered) = 0""",
                itemId, correct ? 1 : 0, sessionId, itemId, itemId) == 1;
    }

    @Override
    public int finish(long sessionId, LocalDate day, Instant at) {
        if (jdbc.update("update drill_session set finished_at = ? where id = ? and finished_at is null",
                Timestamp.from(at), sessionId) != 1) {
            return 0;
        }
        Long userId = jdbc.queryForObject("select user_id from drill_session where id = ?", Long.class, sessionId);
        return finishedOn(userId == null ? 0 : userId, day);
    }

    @Override
    public void abandon(long sessionId) {
        jdbc.update("delete from drill_session where id = ? and finished_at is null", sessionId);
    }

    @Override
    public int finishedOn(long userId, LocalDate day) {
        Integer count = jdbc.queryForObject("""
                select count(*) from drill_session where user_id = ? and day = ? and finished_at is not null""",
                Integer.class, userId, day);
        return count == null ? 0 : count;
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Memory memory(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_review");
        MemoryState state = new MemoryState(MemoryState.Phase.valueOf(rs.getString("phase")),
                rs.getObject("step", Integer.class), rs.getObject("stability", Double.class),
                rs.getObject("difficulty", Double.class), rs.getTimestamp("due").toInstant(),
                last == null ? null : last.toInstant());
        return new Memory(rs.getString("item_id"), EmpathyKey.valueOf(rs.getString("empathy_key")),
                rs.getBoolean("drillable"), state, rs.getInt("reviews"), rs.getInt("lapses"));
    }
}
