package com.empathycoach.data.feedback;

import com.empathycoach.core.feedback.Suggestion;
import com.empathycoach.core.feedback.SuggestionStore;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@Repository
class JdbcSuggestionStore implements SuggestionStore {

    private static final String SELECT = """
            select s.*, u.display_name agent_name from coaching_suggestion s join app_user u on u.id = s.agent_id
            """;

    private static final RowMapper<Suggestion> ROW = (rs, i) -> new Suggestion(rs.getLong("id"), rs.getLong("agent_id"),
            rs.getString("agent_name"), EmpathyKey.valueOf(rs.getString("key_id")), ScoreSource.valueOf(rs.getString("source")),
            rs.getString("module_id"), rs.getDouble("average"), rs.getInt("samples"), rs.getTimestamp("created_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    JdbcSuggestionStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> open(long agentId, EmpathyKey key, ScoreSource source, String moduleId, double average,
                               int samples, Instant now) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        try {
            jdbc.update("""
                    insert into coaching_suggestion (agent_id, key_id, source, module_id, average, samples, status, created_at)
                    values (:agent, :key, :source, :module, :average, :samples, 'OPEN', :now)""",
                    new MapSqlParameterSource(Map.of("agent", agentId, "key", key.name(), "source", source.name(),
                            "module", moduleId, "average", BigDecimal.valueOf(average).setScale(2, RoundingMode.HALF_UP),
                            "samples", samples, "now", Timestamp.from(now))), id, new String[]{"id"});
        } catch (DuplicateKeyException alreadyOpen) {
            return Optional.empty();
        }
        return Optional.of(id.getKey().longValue());
    }

    @Override
    public Optional<Instant> lastCreated(long agentId, EmpathyKey key) {
        return jdbc.query("select max(created_at) at from coaching_suggestion where agent_id = :agent and key_id = :key",
                Map.of("agent", agentId, "key", key.name()), (rs, i) -> rs.getTimestamp("at"))
                .stream().filter(Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }

    @Override
    public Optional<Suggestion> suggestion(long id) {
        return jdbc.query(SELECT + " where s.id = :id", Map.of("id", id), ROW).stream().findFirst();
    }

    @Override
    public List<Suggestion> openFor(Collection<Long> agentIds) {
        return jdbc.query(SELECT + " where s.status = 'OPEN' and s.agent_id in (:agents) order by s.created_at desc, s.id desc",
                Map.of("agents", agentIds), ROW);
    }

    @Override
    public boolean resolve(long id, Resolution resolution, long coachId, Instant now) {
        return jdbc.update("""
                update coaching_suggestion set status = :status, resolved_at = :now, resolved_by = :coach
                where id = :id and status = 'OPEN'""",
                Map.of("status", resolution.name(), "now", Timestamp.from(now), "coach", coachId, "id", id)) == 1;
    }
}
