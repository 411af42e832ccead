package com.empathycoach.data.feedback;

import com.empathycoach.core.feedback.CustomerAnswer;
import com.empathycoach.core.feedback.CustomerSummary;
import com.empathycoach.core.feedback.FeedbackLink;
import com.empathycoach.core.feedback.FeedbackLinkStore;
import com.empathycoach.core.shared.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcFeedbackLinkStore implements FeedbackLinkStore {

    private static final String SELECT = """
            select l.*, u.display_name agent_name from feedback_link l join app_user u on u.id = l.agent_id
            """;

    private static final RowMapper<FeedbackLink> ROW = (rs, i) -> new FeedbackLink(rs.getLong("id"), rs.getLong("agent_id"),
            rs.getString("agent_name"), FeedbackLink.Origin.valueOf(rs.getString("origin")), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("used_at")), instant(rs.getTimestamp("revoked_at")));

    private static final RowMapper<CustomerAnswer> ANSWER = (rs, i) -> new CustomerAnswer(rs.getInt("overall"),
            rs.getInt("listened"), rs.getInt("understood"), rs.getInt("wanted_to_help"), rs.getString("comment"));

    private final JdbcTemplate jdbc;

    JdbcFeedbackLinkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long create(long agentId, byte[] tokenHash, FeedbackLink.Origin origin, Instant now, Instant expiresAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into feedback_link (agent_id, token_hash, origin, created_at, expires_at)
                    values (?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, agentId);
            ps.setBytes(2, tokenHash);
            ps.setString(3, origin.name());
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(expiresAt));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    @Override
    public Optional<FeedbackLink> byTokenHash(byte[] tokenHash) {
        return jdbc.query(SELECT + " where l.token_hash = ?", ROW, (Object) tokenHash).stream().findFirst();
    }

    @Override
    public Optional<FeedbackLink> link(long id) {
        return jdbc.query(SELECT + " where l.id = ?", ROW, id).stream().findFirst();
    }

    @Override
    public boolean consume(long linkId, long agentId, CustomerAnswer answer, Instant now) {
        // The row lock taken by this update makes a second submission wait, then find the link used.
        int taken = jdbc.update("""
                update feedback_link set used_at = ?
                where id = ? and used_at is null and revoked_at is null and expires_at > ?""",
                Timestamp.from(now), linkId, Timestamp.from(now));
        if (taken != 1) {
            return false;
        }
        jdbc.update("""
                insert into customer_feedback (link_id, agent_id, overall, listened, understood, wanted_to_help, comment,
                submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", linkId, agentId, answer.overall(), answer.listened(),
                answer.understood(), answer.wantedToHelp(), answer.comment(), Timestamp.from(now));
        return true;
    }

    @Override
    public boolean revoke(long linkId, Instant now) {
        return jdbc.update("update feedback_link set revoked_at = ? where id = ? and used_at is null and revoked_at is null",
                Timestamp.from(now), linkId) == 1;
    }

    @Override
    public List<FeedbackLink> byAgent(long agentId, Page page) {
        return jdbc.query(SELECT + " where l.agent_id = ? order by l.created_at desc, l.id desc limit ? offset ?", ROW,
                agentId, page.limit(), page.offset());
    }

    @Override
    public int countByAgent(long agentId) {
        Integer count = jdbc.queryForObject("select count(*) from feedback_link where agent_id = ?", Integer.class, agentId);
        return count == null ? 0 : count;
    }

    @Override
    public CustomerSummary summary(long agentId, int comments) {
        List<CustomerSummary.Comment> latest = jdbc.query("""
                select comment, overall, submitted_at from customer_feedback
                where agent_id = ? and comment is not null order by submitted_at desc limit ?""",
                (rs, i) -> new CustomerSummary.Comment(rs.getString("comment"), rs.getInt("overall"),
                        rs.getTimestamp("submitted_at").toInstant()), agentId, comments);
        return jdbc.queryForObject("""
                select count(*) answers, coalesce(avg(overall), 0) overall, coalesce(avg(listened), 0) listened,
                coalesce(avg(understood), 0) understood, coalesce(avg(wanted_to_help), 0) wanted
                from customer_feedback where agent_id = ?""",
                (rs, i) -> new CustomerSummary(rs.getInt("answers"), rs.getDouble("overall"), rs.getDouble("listened"),
                        rs.getDouble("understood"), rs.getDouble("wanted"), latest), agentId);
    }

    @Override
    public List<CustomerAnswer> recent(long agentId, int limit) {
        return jdbc.query("select * from customer_feedback where agent_id = ? order by submitted_at desc, link_id desc limit ?",
                ANSWER, agentId, limit);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
