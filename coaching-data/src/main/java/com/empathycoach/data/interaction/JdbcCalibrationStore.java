package com.empathycoach.data.interaction;

import com.empathycoach.core.interaction.CalibrationStore;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Repository
class JdbcCalibrationStore implements CalibrationStore {

    private static final String SESSIONS = """
            select s.*, o.display_name owner_name, a.display_name agent_name from calibration_session s
            join app_user o on o.id = s.owner_id join interaction i on i.id = s.interaction_id
            join app_user a on a.id = i.agent_id""";

    private final JdbcTemplate jdbc;

    JdbcCalibrationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String column(String prefix, EmpathyKey key) {
        return prefix + key.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public long open(long interactionId, long ownerId, Map<EmpathyKey, Integer> analyzer, Collection<Long> coachIds,
                     Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into calibration_session (interaction_id, owner_id, created_at, analyzer_discover,
                    analyzer_knowledge, analyzer_help, analyzer_channel) values (?, ?, ?, ?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, interactionId);
            ps.setLong(2, ownerId);
            ps.setTimestamp(3, Timestamp.from(at));
            int i = 4;
            for (EmpathyKey key : EmpathyKey.values()) {
                ps.setObject(i++, analyzer.get(key));
            }
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        for (long coach : coachIds) {
            jdbc.update("insert into calibration_rating (session_id, coach_id) values (?, ?)", id, coach);
        }
        return id;
    }

    @Override
    public Optional<Session> find(long id) {
        return sessions(SESSIONS + " where s.id = ?", id).stream().findFirst();
    }

    @Override
    public List<Session> ofCoach(long coachId) {
        return sessions(SESSIONS + """
                 where s.id in (select session_id from calibration_rating where coach_id = ?)
                order by s.created_at desc, s.id desc""", coachId);
    }

    @Override
    public List<Session> all() {
        return sessions(SESSIONS + " order by s.id");
    }

    @Override
    public void score(long id, long coachId, Map<EmpathyKey, Integer> scores, Instant at) {
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(at));
        for (EmpathyKey key : EmpathyKey.values()) {
            args.add(scores.get(key));
        }
        args.add(id);
        args.add(coachId);
        jdbc.update("""
                update calibration_rating set scored_at = ?, score_discover = ?, score_knowledge = ?, score_help = ?,
                score_channel = ? where session_id = ? and coach_id = ? and scored_at is null""", args.toArray());
    }

    @Override
    public void close(long id, Instant at) {
        jdbc.update("update calibration_session set closed_at = ? where id = ? and closed_at is null", Timestamp.from(at), id);
    }

    private List<Session> sessions(String sql, Object... args) {
        Map<Long, List<Rating>> ratings = new LinkedHashMap<>();
        List<Session> found = jdbc.query(sql, (rs, n) -> new Session(rs.getLong("id"), rs.getLong("interaction_id"),
                rs.getString("agent_name"), rs.getLong("owner_id"), rs.getString("owner_name"),
                rs.getTimestamp("created_at").toInstant(), at(rs, "closed_at"), scores(rs, "analyzer_"), List.of()), args);
        if (found.isEmpty()) {
            return found;
        }
        String ids = String.join(", ", found.stream().map(s -> String.valueOf(s.id())).toList());
        jdbc.query("""
                select r.*, u.display_name from calibration_rating r join app_user u on u.id = r.coach_id
                where r.session_id in (%s) order by u.display_name""".formatted(ids), rs -> {
            ratings.computeIfAbsent(rs.getLong("session_id"), k -> new ArrayList<>()).add(new Rating(rs.getLong("coach_id"),
                    rs.getString("display_name"), at(rs, "scored_at"), scores(rs, "score_")));
        });
        return found.stream().map(s -> new Session(s.id(), s.interactionId(), s.agentName(), s.ownerId(), s.ownerName(),
                s.createdAt(), s.closedAt(), s.analyzer(), ratings.getOrDefault(s.id(), List.of()))).toList();
    }

    private static Map<EmpathyKey, Integer> scores(ResultSet rs, String prefix) throws SQLException {
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            int value = rs.getInt(column(prefix, key));
            if (!rs.wasNull()) {
                scores.put(key, value);
            }
        }
        return scores;
    }

    private static Instant at(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
