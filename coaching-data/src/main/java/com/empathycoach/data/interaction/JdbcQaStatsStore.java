package com.empathycoach.data.interaction;

import com.empathycoach.core.interaction.QaStatsStore;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Repository
class JdbcQaStatsStore implements QaStatsStore {

    private static final String KEY_SUMS;

    static {
        StringBuilder sums = new StringBuilder();
        for (EmpathyKey key : EmpathyKey.values()) {
            String k = key.name().toLowerCase(Locale.ROOT);
            sums.append(", sum(s.score_").append(k).append(") sum_").append(k)
                    .append(", count(s.score_").append(k).append(") n_").append(k);
        }
        KEY_SUMS = sums.toString();
    }

    private final JdbcTemplate jdbc;

    JdbcQaStatsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AgentStats> stats(Instant from, Instant to) {
        return jdbc.query("""
                select i.agent_id, count(*) interactions, sum(i.overall) overall_sum, count(s.interaction_id) scorecards%s
                from interaction i
                left join interaction_scorecard s on s.interaction_id = i.id and s.status <> 'SELF_REVIEWED'
                where i.occurred_at >= ? and i.occurred_at < ?
                group by i.agent_id""".formatted(KEY_SUMS), (rs, n) -> {
            Map<EmpathyKey, long[]> coach = new EnumMap<>(EmpathyKey.class);
            for (EmpathyKey key : EmpathyKey.values()) {
                String k = key.name().toLowerCase(Locale.ROOT);
                long count = rs.getLong("n_" + k);
                if (count > 0) {
                    coach.put(key, new long[] {rs.getLong("sum_" + k), count});
                }
            }
            return new AgentStats(rs.getLong("agent_id"), rs.getInt("interactions"), rs.getLong("overall_sum"),
                    rs.getInt("scorecards"), coach);
        }, Timestamp.from(from), Timestamp.from(to));
    }

    @Override
    public Map<Long, Integer> scoredCounts(Instant from, Instant to) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("""
                select i.agent_id, count(*) n from interaction_scorecard s join interaction i on i.id = s.interaction_id
                where s.status <> 'SELF_REVIEWED' and s.scored_at >= ? and s.scored_at < ?
                group by i.agent_id""", rs -> {
            counts.put(rs.getLong("agent_id"), rs.getInt("n"));
        }, Timestamp.from(from), Timestamp.from(to));
        return counts;
    }
}
