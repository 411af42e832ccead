package com.empathycoach.data.interaction;

import com.empathycoach.core.interaction.PracticeStore;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

@Repository
class JdbcPracticeStore implements PracticeStore {

    private final JdbcTemplate jdbc;

    JdbcPracticeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long record(PracticeLink link) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into practice_link (interaction_id, agent_id, key_id, module_id, assignment_id, coach_id,
                    assigned_at) values (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, link.interactionId());
            ps.setLong(2, link.agentId());
            ps.setString(3, link.key().name());
            ps.setString(4, link.moduleId());
            ps.setLong(5, link.assignmentId());
            ps.setLong(6, link.coachId());
            ps.setTimestamp(7, Timestamp.from(link.assignedAt()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    @Override
    public List<Practice> ofAgent(long agentId) {
        return jdbc.query("""
                select p.*, a.completed_at from practice_link p
                left join assignment_agent a on a.assignment_id = p.assignment_id and a.user_id = p.agent_id
                where p.agent_id = ? order by p.assigned_at desc, p.id desc""", (rs, n) -> {
            Timestamp completed = rs.getTimestamp("completed_at");
            return new Practice(rs.getLong("id"), new PracticeLink(rs.getLong("interaction_id"), rs.getLong("agent_id"),
                    EmpathyKey.valueOf(rs.getString("key_id")), rs.getString("module_id"), rs.getLong("assignment_id"),
                    rs.getLong("coach_id"), rs.getTimestamp("assigned_at").toInstant()),
                    completed == null ? null : completed.toInstant());
        }, agentId);
    }

    @Override
    public KeyMeans means(long agentId, EmpathyKey key, Instant from, Instant to) {
        String column = key.name().toLowerCase(Locale.ROOT);
        return jdbc.queryForObject("""
                select avg(i.score_%1$s) analyzer, count(*) interactions, avg(s.score_%1$s) coach, count(s.score_%1$s) scored
                from interaction i left join interaction_scorecard s on s.interaction_id = i.id and s.status <> 'SELF_REVIEWED'
                where i.agent_id = ? and i.occurred_at >= ? and (? is null or i.occurred_at < ?)""".formatted(column),
                (rs, n) -> new KeyMeans(number(rs.getObject("analyzer")), rs.getInt("interactions"),
                        number(rs.getObject("coach")), rs.getInt("scored")),
                agentId, Timestamp.from(from), to == null ? null : Timestamp.from(to), to == null ? null : Timestamp.from(to));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
