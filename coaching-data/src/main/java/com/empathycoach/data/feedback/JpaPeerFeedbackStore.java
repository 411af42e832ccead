package com.empathycoach.data.feedback;

import com.empathycoach.core.feedback.PeerAnswer;
import com.empathycoach.core.feedback.PeerFeedbackStore;
import com.empathycoach.core.feedback.PeerRequest;
import com.empathycoach.core.feedback.PeerSummary;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.dao.DuplicateKeyException;
import com.empathycoach.data.shared.VersionedSave;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request's status changes (answer, decline, withdraw) go through {@link PeerRequestEntity} with a version, so
 * a peer answering while the agent withdraws cannot both win; ratings, which are append-only, and the summaries
 * stay on JDBC.
 */
@Repository
class JpaPeerFeedbackStore implements PeerFeedbackStore {

    private static final String SELECT = """
            select r.*, a.display_name agent_name, p.display_name peer_name from peer_request r
            join app_user a on a.id = r.agent_id join app_user p on p.id = r.peer_id
            """;

    private static final RowMapper<PeerRequest> ROW = (rs, i) -> {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new PeerRequest(rs.getLong("id"), rs.getLong("agent_id"), rs.getString("agent_name"), rs.getLong("peer_id"),
                rs.getString("peer_name"), rs.getLong("requested_by"), PeerRequest.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant());
    };

    private final PeerRequestRepository requests;
    private final JdbcTemplate jdbc;

    JpaPeerFeedbackStore(PeerRequestRepository requests, JdbcTemplate jdbc) {
        this.requests = requests;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> open(long agentId, long peerId, long requestedBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        insert into peer_request (agent_id, peer_id, requested_by, status, created_at)
                        values (?, ?, ?, 'OPEN', ?)""", Statement.RETURN_GENERATED_KEYS);
                ps.setLong(1, agentId);
                ps.setLong(2, peerId);
                ps.setLong(3, requestedBy);
                ps.setTimestamp(4, Timestamp.from(now));
                return ps;
            }, key);
        } catch (DuplicateKeyException alreadyOpen) {
            return Optional.empty();
        }
        return Optional.of(key.getKey().longValue());
    }

    @Override
    public Optional<PeerRequest> request(long id) {
        return jdbc.query(SELECT + " where r.id = ?", ROW, id).stream().findFirst();
    }

    @Override
    public List<PeerRequest> waitingFor(long peerId) {
        return jdbc.query(SELECT + " where r.peer_id = ? and r.status = 'OPEN' order by r.created_at, r.id", ROW, peerId);
    }

    @Override
    public List<PeerRequest> about(long agentId, int limit) {
        return about(agentId, 0, limit);
    }

    @Override
    public List<PeerRequest> about(long agentId, int offset, int limit) {
        return jdbc.query(SELECT + " where r.agent_id = ? order by r.created_at desc, r.id desc limit ? offset ?", ROW,
                agentId, limit, offset);
    }

    @Override
    public int countAbout(long agentId) {
        Integer count = jdbc.queryForObject("select count(*) from peer_request where agent_id = ?", Integer.class, agentId);
        return count == null ? 0 : count;
    }

    @Override
    public boolean answer(PeerRequest request, PeerAnswer answer, Instant now) {
        if (!close(request.id(), PeerRequest.Status.ANSWERED, now)) {
            return false;
        }
        List<Object[]> rows = new ArrayList<>();
        for (EmpathyKey key : EmpathyKey.values()) {
            rows.add(new Object[]{request.id(), request.agentId(), request.peerId(), key.name(), answer.ratings().get(key),
                    answer.examples().get(key), Timestamp.from(now)});
        }
        jdbc.batchUpdate("""
                insert into peer_rating (request_id, agent_id, peer_id, key_id, rating, example, answered_at)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
        return true;
    }

    @Override
    public boolean close(long requestId, PeerRequest.Status status, Instant now) {
        Optional<PeerRequestEntity> found = requests.findById(requestId);
        if (found.isEmpty() || !PeerRequest.Status.OPEN.name().equals(found.get().status)) {
            return false;
        }
        return changeStatus(found.get(), status, now);
    }

    private boolean changeStatus(PeerRequestEntity request, PeerRequest.Status status, Instant now) {
        request.status = status.name();
        request.closedAt = now;
        return VersionedSave.unlessChangedMeanwhile(requests, request);
    }

    @Override
    public int answeringPeers(long agentId) {
        Integer peers = jdbc.queryForObject("""
                select count(distinct peer_id) from peer_rating where agent_id = ? and released_at is not null""",
                Integer.class, agentId);
        return peers == null ? 0 : peers;
    }

    @Override
    public boolean withdraw(long requestId, Instant now) {
        int released = jdbc.queryForObject(
                "select count(*) from peer_rating where request_id = ? and released_at is not null", Integer.class, requestId);
        if (released > 0) {
            return false;
        }
        Optional<PeerRequestEntity> found = requests.findById(requestId);
        if (found.isEmpty() || PeerRequest.Status.WITHDRAWN.name().equals(found.get().status)) {
            return false;
        }
        jdbc.update("delete from peer_rating where request_id = ? and released_at is null", requestId);
        return changeStatus(found.get(), PeerRequest.Status.WITHDRAWN, now);
    }

    @Override
    public int unreleasedPeers(long agentId) {
        Integer peers = jdbc.queryForObject("""
                select count(distinct peer_id) from peer_rating where agent_id = ? and released_at is null""",
                Integer.class, agentId);
        return peers == null ? 0 : peers;
    }

    @Override
    public List<Released> release(long agentId, Instant now) {
        Map<Long, Map<EmpathyKey, Integer>> byRequest = new LinkedHashMap<>();
        // Lock the rows first, so two answers arriving at once release each answer once.
        jdbc.query("""
                select request_id, key_id, rating from peer_rating where agent_id = ? and released_at is null
                order by request_id, key_id for update""", rs -> {
            byRequest.computeIfAbsent(rs.getLong(1), r -> new EnumMap<>(EmpathyKey.class))
                    .put(EmpathyKey.valueOf(rs.getString(2)), rs.getInt(3));
        }, agentId);
        if (byRequest.isEmpty()) {
            return List.of();
        }
        jdbc.update("update peer_rating set released_at = ? where agent_id = ? and released_at is null",
                Timestamp.from(now), agentId);
        return byRequest.entrySet().stream().map(e -> new Released(e.getKey(), e.getValue())).toList();
    }

    @Override
    public Optional<Instant> lastRelease(long agentId) {
        Timestamp last = jdbc.queryForObject("select max(released_at) from peer_rating where agent_id = ?",
                Timestamp.class, agentId);
        return Optional.ofNullable(last).map(Timestamp::toInstant);
    }

    @Override
    public Map<EmpathyKey, Double> averageRatings(long agentId) {
        Map<EmpathyKey, Double> averages = new EnumMap<>(EmpathyKey.class);
        jdbc.query("""
                select key_id, avg(rating) average from peer_rating where agent_id = ? and released_at is not null
                group by key_id""",
                rs -> {
                    averages.put(EmpathyKey.valueOf(rs.getString("key_id")), rs.getDouble("average"));
                }, agentId);
        return averages;
    }

    /**
     * Ordered by key and text only. Texts the collation calls equal ("Listened first", "listened first") are
     * ordered by their exact characters, never by the row order, which follows who answered when.
     */
    @Override
    public List<PeerSummary.Example> examples(long agentId) {
        return jdbc.query("""
                select key_id, example from peer_rating where agent_id = ? and released_at is not null
                order by key_id, example, example collate utf8mb4_bin""",
                (rs, i) -> new PeerSummary.Example(EmpathyKey.valueOf(rs.getString("key_id")), rs.getString("example")),
                agentId);
    }

    @Override
    public List<Integer> recentRatings(long agentId, EmpathyKey key, int limit) {
        return jdbc.queryForList("""
                select rating from peer_rating where agent_id = ? and key_id = ? and released_at is not null
                order by released_at desc, request_id desc limit ?""", Integer.class, agentId, key.name(), limit);
    }
}
