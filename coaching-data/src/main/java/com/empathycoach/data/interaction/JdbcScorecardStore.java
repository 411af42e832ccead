package com.empathycoach.data.interaction;

import com.empathycoach.core.interaction.Scorecard;
import com.empathycoach.core.interaction.ScorecardStore;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Repository
class JdbcScorecardStore implements ScorecardStore {

    private final JdbcTemplate jdbc;

    JdbcScorecardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String column(String prefix, EmpathyKey key) {
        return prefix + key.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Scorecard> find(long interactionId) {
        return jdbc.query("""
                select s.*, c.display_name coach_name, r.display_name resolver_name from interaction_scorecard s
                left join app_user c on c.id = s.coach_id left join app_user r on r.id = s.resolver_id
                where s.interaction_id = ?""", (rs, n) -> new Scorecard(interactionId,
                Scorecard.Status.valueOf(rs.getString("status")), rs.getString("coach_name"), at(rs, "scored_at"),
                ints(rs, "score_"), comments(rs), false, at(rs, "self_at"), ints(rs, "self_"), rs.getString("dispute_reason"),
                at(rs, "disputed_at"), rs.getString("resolver_name"), rs.getString("resolution_note"),
                at(rs, "resolved_at")), interactionId).stream().findFirst();
    }

    private static Instant at(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Map<EmpathyKey, Integer> ints(ResultSet rs, String prefix) throws SQLException {
        Map<EmpathyKey, Integer> values = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            Integer value = rs.getObject(column(prefix, key), Integer.class);
            if (value != null) {
                values.put(key, value);
            }
        }
        return values;
    }

    private static Map<EmpathyKey, String> comments(ResultSet rs) throws SQLException {
        Map<EmpathyKey, String> values = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            String value = rs.getString(column("comment_", key));
            if (value != null && !value.isBlank()) {
                values.put(key, value);
            }
        }
        return values;
    }

    private void ensureRow(long interactionId, String status) {
        jdbc.update("insert ignore into interaction_scorecard (interaction_id, status) values (?, ?)", interactionId, status);
    }

    @Override
    public void saveScores(long interactionId, long coachId, Map<EmpathyKey, Integer> scores,
                           Map<EmpathyKey, String> comments, Instant at) {
        ensureRow(interactionId, "SCORED");
        jdbc.update("""
                update interaction_scorecard set coach_id = ?, scored_at = ?, status = 'SCORED',
                    score_discover = ?, score_knowledge = ?, score_help = ?, score_channel = ?,
                    comment_discover = ?, comment_knowledge = ?, comment_help = ?, comment_channel = ?
                where interaction_id = ?""", coachId, Timestamp.from(at),
                scores.get(EmpathyKey.DISCOVER), scores.get(EmpathyKey.KNOWLEDGE), scores.get(EmpathyKey.HELP),
                scores.get(EmpathyKey.CHANNEL), comments.get(EmpathyKey.DISCOVER), comments.get(EmpathyKey.KNOWLEDGE),
                comments.get(EmpathyKey.HELP), comments.get(EmpathyKey.CHANNEL), interactionId);
    }

    @Override
    public void saveSelf(long interactionId, Map<EmpathyKey, Integer> self, Instant at) {
        ensureRow(interactionId, "SELF_REVIEWED");
        jdbc.update("""
                update interaction_scorecard set self_at = ?, self_discover = ?, self_knowledge = ?, self_help = ?,
                    self_channel = ? where interaction_id = ?""", Timestamp.from(at), self.get(EmpathyKey.DISCOVER),
                self.get(EmpathyKey.KNOWLEDGE), self.get(EmpathyKey.HELP), self.get(EmpathyKey.CHANNEL), interactionId);
    }

    @Override
    public void setStatus(long interactionId, Scorecard.Status status) {
        jdbc.update("update interaction_scorecard set status = ? where interaction_id = ?", status.name(), interactionId);
    }

    @Override
    public void dispute(long interactionId, String reason, Instant at) {
        jdbc.update("update interaction_scorecard set status = 'DISPUTED', dispute_reason = ?, disputed_at = ? "
                + "where interaction_id = ?", reason, Timestamp.from(at), interactionId);
    }

    @Override
    public void resolve(long interactionId, long resolverId, Map<EmpathyKey, Integer> scores, String note, Instant at) {
        jdbc.update("""
                update interaction_scorecard set status = 'RESOLVED', resolver_id = ?, resolution_note = ?, resolved_at = ?,
                    score_discover = ?, score_knowledge = ?, score_help = ?, score_channel = ?
                where interaction_id = ?""", resolverId, note, Timestamp.from(at), scores.get(EmpathyKey.DISCOVER),
                scores.get(EmpathyKey.KNOWLEDGE), scores.get(EmpathyKey.HELP), scores.get(EmpathyKey.CHANNEL), interactionId);
    }

    @Override
    public java.util.List<Long> settled(java.util.Collection<Long> agentIds) {
        if (agentIds != null && agentIds.isEmpty()) {
            return java.util.List.of();
        }
        String filter = agentIds == null ? "" : " and i.agent_id in (" + String.join(", ",
                java.util.Collections.nCopies(agentIds.size(), "?")) + ")";
        return jdbc.queryForList("select s.interaction_id from interaction_scorecard s join interaction i on i.id = s.interaction_id "
                + "where s.status = 'RESOLVED'" + filter + " order by s.resolved_at, s.interaction_id", Long.class,
                (agentIds == null ? java.util.List.of() : agentIds).toArray());
    }

    @Override
    public Optional<Long> coachOf(long interactionId) {
        return jdbc.query("select coach_id from interaction_scorecard where interaction_id = ? and coach_id is not null",
                (rs, n) -> rs.getLong(1), interactionId).stream().findFirst();
    }
}
