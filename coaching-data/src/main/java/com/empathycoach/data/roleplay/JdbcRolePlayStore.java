package com.empathycoach.data.roleplay;

import com.empathycoach.core.roleplay.ReviewStatus;
import com.empathycoach.core.roleplay.RolePlayAttempt;
import com.empathycoach.core.roleplay.RolePlayResult;
import com.empathycoach.core.roleplay.RolePlayStore;
import com.empathycoach.core.roleplay.RolePlayTurn;
import com.empathycoach.core.roleplay.Scenario.Outcome;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class JdbcRolePlayStore implements RolePlayStore {

    private final JdbcTemplate jdbc;

    JdbcRolePlayStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RolePlayAttempt> attempt(long attemptId) {
        return jdbc.query("select * from roleplay_attempt where id = ?", this::mapAttempt, attemptId).stream().findFirst();
    }

    @Override
    public Optional<RolePlayAttempt> latest(long userId, String scenarioId) {
        return jdbc.query("""
                select * from roleplay_attempt where user_id = ? and scenario_id = ?
                order by attempt_no desc limit 1""", this::mapAttempt, userId, scenarioId).stream().findFirst();
    }

    @Override
    public int lastAttemptNo(long userId, String scenarioId) {
        Integer last = jdbc.queryForObject("select max(attempt_no) from roleplay_attempt where user_id = ? and scenario_id = ?",
                Integer.class, userId, scenarioId);
        return last == null ? 0 : last;
    }

    @Override
    public RolePlayAttempt create(long userId, String scenarioId, int revision, int attemptNo, String startNode, int mood,
                                  Instant now) {
        jdbc.update("""
                insert ignore into roleplay_attempt (user_id, scenario_id, revision, attempt_no, status, node_id, mood,
                    turn_count, started_at, updated_at)
                values (?, ?, ?, ?, 'IN_PROGRESS', ?, ?, 0, ?, ?)""",
                userId, scenarioId, revision, attemptNo, startNode, mood, Timestamp.from(now), Timestamp.from(now));
        return jdbc.query("select * from roleplay_attempt where user_id = ? and scenario_id = ? and attempt_no = ?",
                this::mapAttempt, userId, scenarioId, attemptNo).getFirst();
    }

    @Override
    public boolean saveTurn(long attemptId, RolePlayTurn turn, String nextNode, Instant now) {
        // The guarded update admits one caller per turn number; a repeated click updates no row.
        int moved = jdbc.update("""
                update roleplay_attempt set node_id = ?, mood = ?, turn_count = turn_count + 1, updated_at = ?
                where id = ? and status = 'IN_PROGRESS' and turn_count = ?""",
                nextNode, turn.moodAfter(), Timestamp.from(now), attemptId, turn.turnNo());
        if (moved != 1) {
            return false;
        }
        jdbc.update("""
                insert into roleplay_turn (attempt_id, turn_no, node_id, choice_id, reply, score_discover, score_knowledge,
                    score_help, score_channel, mood_after, review_status, taken_at, overall, analyzer_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                attemptId, turn.turnNo(), turn.nodeId(), turn.choiceId(), turn.reply(),
                score(turn.scores(), EmpathyKey.DISCOVER), score(turn.scores(), EmpathyKey.KNOWLEDGE),
                score(turn.scores(), EmpathyKey.HELP), score(turn.scores(), EmpathyKey.CHANNEL),
                turn.moodAfter(), turn.review().name(), Timestamp.from(turn.at()), turn.overall(), turn.analyzerVersion());
        return true;
    }

    @Override
    public boolean complete(long attemptId, String endingId, Outcome outcome, Map<EmpathyKey, Integer> scores,
                            int overall, Instant now) {
        return jdbc.update("""
                update roleplay_attempt set status = 'COMPLETED', node_id = null, ending_id = ?, outcome = ?,
                    score_discover = ?, score_knowledge = ?, score_help = ?, score_channel = ?, overall = ?,
                    completed_at = ?, updated_at = ?
                where id = ? and status = 'IN_PROGRESS'""",
                endingId, outcome.name(), scores.get(EmpathyKey.DISCOVER), scores.get(EmpathyKey.KNOWLEDGE),
                scores.get(EmpathyKey.HELP), scores.get(EmpathyKey.CHANNEL), overall,
                Timestamp.from(now), Timestamp.from(now), attemptId) == 1;
    }

    @Override
    public List<RolePlayTurn> turns(long attemptId) {
        return jdbc.query("select * from roleplay_turn where attempt_id = ? order by turn_no", (rs, i) ->
                new RolePlayTurn(rs.getInt("turn_no"), rs.getString("node_id"), rs.getString("choice_id"),
                        rs.getString("reply"), scores(rs, true), rs.getInt("mood_after"),
                        ReviewStatus.valueOf(rs.getString("review_status")), rs.getTimestamp("taken_at").toInstant(),
                        (Integer) rs.getObject("overall", Integer.class), rs.getString("analyzer_version")),
                attemptId);
    }

    @Override
    public List<RolePlayResult> results(long userId) {
        return jdbc.query("""
                select scenario_id,
                       sum(status = 'COMPLETED') completed_plays,
                       max(overall) best_overall,
                       max(status = 'IN_PROGRESS') open_play,
                       max(updated_at) last_activity
                from roleplay_attempt where user_id = ? group by scenario_id""", (rs, i) -> new RolePlayResult(
                rs.getString("scenario_id"), rs.getInt("completed_plays"), rs.getObject("best_overall", Integer.class),
                rs.getBoolean("open_play"), rs.getTimestamp("last_activity").toInstant()), userId);
    }

    private static int score(Map<EmpathyKey, Integer> scores, EmpathyKey key) {
        return scores.getOrDefault(key, 0);
    }

    private RolePlayAttempt mapAttempt(ResultSet rs, int row) throws SQLException {
        boolean completed = "COMPLETED".equals(rs.getString("status"));
        Timestamp completedAt = rs.getTimestamp("completed_at");
        return new RolePlayAttempt(rs.getLong("id"), rs.getLong("user_id"), rs.getString("scenario_id"),
                rs.getInt("revision"), rs.getInt("attempt_no"), completed, rs.getString("node_id"), rs.getInt("mood"),
                rs.getInt("turn_count"), rs.getString("ending_id"), completed ? scores(rs, false) : Map.of(),
                rs.getObject("overall", Integer.class), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), completedAt == null ? null : completedAt.toInstant());
    }

    /** The four score columns; on attempts a null column is a key not practised and is left out. */
    @Override
    public List<ChoiceTally> choiceTallies(String scenarioId, Integer revision) {
        return jdbc.query("""
                select t.node_id, t.choice_id, count(*) picks
                from roleplay_attempt a join roleplay_turn t on t.attempt_id = a.id
                where a.scenario_id = ? and (? is null or a.revision = ?) and t.choice_id is not null
                group by t.node_id, t.choice_id""",
                (rs, i) -> new ChoiceTally(rs.getString("node_id"), rs.getString("choice_id"), rs.getLong("picks")),
                scenarioId, revision, revision);
    }

    @Override
    public Map<String, WrittenCount> writtenReplyCounts(String scenarioId, Integer revision) {
        Map<String, WrittenCount> counts = new java.util.HashMap<>();
        jdbc.query("""
                select t.node_id, count(*) replies, count(distinct a.user_id) writers
                from roleplay_attempt a join roleplay_turn t on t.attempt_id = a.id
                where a.scenario_id = ? and (? is null or a.revision = ?) and t.reply is not null
                group by t.node_id""", rs -> {
            counts.put(rs.getString("node_id"), new WrittenCount(rs.getLong("replies"), rs.getLong("writers")));
        }, scenarioId, revision, revision);
        return counts;
    }

    @Override
    public List<WrittenReply> writtenReplies(String scenarioId, Integer revision, String nodeId, Page page) {
        return jdbc.query("""
                select t.reply, t.score_discover, t.score_knowledge, t.score_help, t.score_channel, t.review_status,
                       t.taken_at
                from roleplay_turn t join roleplay_attempt a on a.id = t.attempt_id
                where t.node_id = ? and a.scenario_id = ? and (? is null or a.revision = ?) and t.reply is not null
                order by t.taken_at desc, t.attempt_id desc, t.turn_no desc
                limit ? offset ?""",
                (rs, i) -> new WrittenReply(rs.getString("reply"), scores(rs, true),
                        ReviewStatus.valueOf(rs.getString("review_status")), rs.getTimestamp("taken_at").toInstant()),
                nodeId, scenarioId, revision, revision, page.limit(), page.offset());
    }

    private static Map<EmpathyKey, Integer> scores(ResultSet rs, boolean required) throws SQLException {
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            Integer value = rs.getObject("score_" + key.name().toLowerCase(java.util.Locale.ROOT), Integer.class);
            if (value != null || required) {
                scores.put(key, value == null ? 0 : value);
            }
        }
        return scores;
    }
}
