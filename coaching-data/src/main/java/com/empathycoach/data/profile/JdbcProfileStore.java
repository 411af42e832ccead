package com.empathycoach.data.profile;

import com.empathycoach.core.profile.ProfileStore;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Keeps each score once in {@code empathy_sample} and adds it to the week's sum only when it was new, so
 * the weekly table read by the profile page is maintained as work happens and never recomputed.
 */
@Repository
class JdbcProfileStore implements ProfileStore {

    private final JdbcTemplate jdbc;

    JdbcProfileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(long agentId, ScoreSource source, String ref, Map<EmpathyKey, Integer> scores, LocalDate weekStart,
                       Instant at) {
        for (var score : scores.entrySet()) {
            int added = jdbc.update("""
                    insert ignore into empathy_sample (agent_id, source, ref, key_id, score, observed_at)
                    values (?, ?, ?, ?, ?, ?)""", agentId, source.name(), ref, score.getKey().name(), score.getValue(),
                    Timestamp.from(at));
            if (added == 1) {
                jdbc.update("""
                        insert into empathy_week (agent_id, key_id, source, week_start, total, samples) values (?, ?, ?, ?, ?, 1)
                        on duplicate key update total = total + values(total), samples = samples + 1""",
                        agentId, score.getKey().name(), source.name(), Date.valueOf(weekStart), score.getValue());
            }
        }
    }

    @Override
    public void replace(long agentId, ScoreSource source, String ref, Map<EmpathyKey, Integer> scores, LocalDate weekStart,
                        Instant at) {
        List<Map<String, Object>> old = jdbc.queryForList("""
                select key_id, score from empathy_sample where agent_id = ? and source = ? and ref = ? for update""",
                agentId, source.name(), ref);
        for (Map<String, Object> row : old) {
            jdbc.update("""
                    update empathy_week set total = total - ?, samples = samples - 1
                    where agent_id = ? and key_id = ? and source = ? and week_start = ?""",
                    ((Number) row.get("score")).intValue(), agentId, row.get("key_id"), source.name(), Date.valueOf(weekStart));
        }
        jdbc.update("delete from empathy_week where agent_id = ? and source = ? and week_start = ? and samples <= 0",
                agentId, source.name(), Date.valueOf(weekStart));
        jdbc.update("delete from empathy_sample where agent_id = ? and source = ? and ref = ?", agentId, source.name(), ref);
        record(agentId, source, ref, scores, weekStart, at);
    }

    @Override
    public List<WeekTotal> weeks(long agentId) {
        return jdbc.query("""
                select key_id, source, week_start, total, samples from empathy_week where agent_id = ?
                order by week_start, key_id, source""",
                (rs, i) -> new WeekTotal(EmpathyKey.valueOf(rs.getString("key_id")), ScoreSource.valueOf(rs.getString("source")),
                        rs.getDate("week_start").toLocalDate(), rs.getLong("total"), rs.getInt("samples")), agentId);
    }
}
