package com.empathycoach.data.roleplay;

import com.empathycoach.core.roleplay.CoachReview;
import com.empathycoach.core.roleplay.ReplyReviewStore;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Repository
class JdbcReplyReviewStore implements ReplyReviewStore {

    private static final String PENDING = """
            select t.attempt_id, t.turn_no, a.user_id, u.display_name, a.scenario_id, a.revision, t.node_id, t.reply, t.taken_at,
                   t.score_discover, t.score_knowledge, t.score_help, t.score_channel, t.analyzer_version
            from roleplay_turn t
            join roleplay_attempt a on a.id = t.attempt_id
            join app_user u on u.id = a.user_id
            """;

    private static final RowMapper<Pending> PENDING_ROW = (rs, i) -> new Pending(rs.getLong(1), rs.getInt(2), rs.getLong(3),
            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
            keyScores(rs, "score_"), rs.getString("analyzer_version"));

    private static final RowMapper<CoachReview> REVIEW_ROW = (rs, i) -> {
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        scores.put(EmpathyKey.DISCOVER, rs.getInt("score_discover"));
        scores.put(EmpathyKey.KNOWLEDGE, rs.getInt("score_knowledge"));
        scores.put(EmpathyKey.HELP, rs.getInt("score_help"));
        scores.put(EmpathyKey.CHANNEL, rs.getInt("score_channel"));
        Timestamp seen = rs.getTimestamp("seen_at");
        return new CoachReview(rs.getLong("attempt_id"), rs.getInt("turn_no"), rs.getString("display_name"), scores,
                rs.getString("feedback"), rs.getTimestamp("reviewed_at").toInstant(), seen == null ? null : seen.toInstant());
    };

    private final JdbcTemplate jdbc;

    JdbcReplyReviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Pending> pending(Collection<Long> agentIds, int offset, int limit) {
        List<Object> params = new ArrayList<>(agentIds);
        params.add(limit);
        params.add(offset);
        return jdbc.query(PENDING + " where t.review_status = 'AWAITING' and a.user_id in (" + placeholders(agentIds) + ")"
                + " order by t.taken_at, t.attempt_id, t.turn_no limit ? offset ?", PENDING_ROW, params.toArray());
    }

    @Override
    public int countPending(Collection<Long> agentIds) {
        Integer count = jdbc.queryForObject("""
                select count(*) from roleplay_turn t join roleplay_attempt a on a.id = t.attempt_id
                where t.review_status = 'AWAITING' and a.user_id in (%s)""".formatted(placeholders(agentIds)),
                Integer.class, agentIds.toArray());
        return count == null ? 0 : count;
    }

    private static String placeholders(Collection<Long> ids) {
        return ids.stream().map(id -> "?").collect(Collectors.joining(","));
    }

    @Override
    public Optional<Pending> pendingTurn(long attemptId, int turnNo) {
        return jdbc.query(PENDING + " where t.attempt_id = ? and t.turn_no = ? and t.review_status = 'AWAITING'",
                PENDING_ROW, attemptId, turnNo).stream().findFirst();
    }

    @Override
    public boolean review(long attemptId, int turnNo, long reviewerId, Map<EmpathyKey, Integer> scores, String feedback,
                          Instant now) {
        int marked = jdbc.update("""
                update roleplay_turn set review_status = 'REVIEWED'
                where attempt_id = ? and turn_no = ? and review_status = 'AWAITING'""", attemptId, turnNo);
        if (marked != 1) {
            return false;
        }
        jdbc.update("""
                insert into roleplay_review (attempt_id, turn_no, reviewer_id, score_discover, score_knowledge, score_help,
                    score_channel, feedback, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                attemptId, turnNo, reviewerId, scores.get(EmpathyKey.DISCOVER), scores.get(EmpathyKey.KNOWLEDGE),
                scores.get(EmpathyKey.HELP), scores.get(EmpathyKey.CHANNEL), feedback, Timestamp.from(now));
        return true;
    }

    @Override
    public Map<Integer, CoachReview> reviews(long attemptId) {
        Map<Integer, CoachReview> byTurn = new LinkedHashMap<>();
        jdbc.query("""
                select r.*, u.display_name from roleplay_review r join app_user u on u.id = r.reviewer_id
                where r.attempt_id = ? order by r.turn_no""", REVIEW_ROW, attemptId)
                .forEach(r -> byTurn.put(r.turnNo(), r));
        return byTurn;
    }

    @Override
    public List<CoachReview> unseen(long userId) {
        return jdbc.query("""
                select r.*, u.display_name from roleplay_review r
                join roleplay_attempt a on a.id = r.attempt_id
                join app_user u on u.id = r.reviewer_id
                where a.user_id = ? and r.seen_at is null order by r.reviewed_at desc limit 20""", REVIEW_ROW, userId);
    }

    @Override
    public List<CoachReview> reviewsOf(long userId, int limit) {
        return jdbc.query("""
                select r.*, u.display_name from roleplay_review r
                join roleplay_attempt a on a.id = r.attempt_id
                join app_user u on u.id = r.reviewer_id
                where a.user_id = ? order by r.reviewed_at desc, r.attempt_id desc, r.turn_no limit ?""",
                REVIEW_ROW, userId, limit);
    }

    @Override
    public List<ReviewedExample> examples(Long reviewerId) {
        return jdbc.query("""
                select a.scenario_id, t.node_id, t.reply, t.score_discover, t.score_knowledge, t.score_help, t.score_channel,
                       t.overall, t.analyzer_version, r.score_discover coach_discover, r.score_knowledge coach_knowledge,
                       r.score_help coach_help, r.score_channel coach_channel, r.feedback, r.reviewed_at
                from roleplay_review r
                join roleplay_turn t on t.attempt_id = r.attempt_id and t.turn_no = r.turn_no
                join roleplay_attempt a on a.id = r.attempt_id
                where (? is null or r.reviewer_id = ?)
                order by r.reviewed_at, r.attempt_id, r.turn_no""", (rs, i) -> new ReviewedExample(
                        rs.getString("scenario_id"), rs.getString("node_id"), rs.getString("reply"), keyScores(rs, "score_"),
                        (Integer) rs.getObject("overall", Integer.class), rs.getString("analyzer_version"),
                        keyScores(rs, "coach_"), rs.getString("feedback"), rs.getTimestamp("reviewed_at").toInstant()),
                reviewerId, reviewerId);
    }

    private static Map<EmpathyKey, Integer> keyScores(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        Map<EmpathyKey, Integer> scores = new java.util.EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            scores.put(key, rs.getInt(prefix + key.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return scores;
    }

    @Override
    public void markSeen(long attemptId, Instant now) {
        jdbc.update("update roleplay_review set seen_at = ? where attempt_id = ? and seen_at is null",
                Timestamp.from(now), attemptId);
    }

    @Override
    public Optional<String> scenarioOf(long attemptId) {
        return jdbc.queryForList("select scenario_id from roleplay_attempt where id = ?", String.class, attemptId)
                .stream().findFirst();
    }
}
