package com.empathycoach.data.interaction;

import com.empathycoach.core.interaction.ScorecardExtrasStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Repository
class JdbcScorecardExtrasStore implements ScorecardExtrasStore {

    private final JdbcTemplate jdbc;

    JdbcScorecardExtrasStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> items() {
        return jdbc.query("select * from scorecard_item order by active desc, label", (rs, n) -> new Item(rs.getLong("id"),
                rs.getString("label"), rs.getString("description"), rs.getBoolean("active")));
    }

    @Override
    public Optional<Item> item(long id) {
        return items().stream().filter(i -> i.id() == id).findFirst();
    }

    @Override
    public long addItem(String label, String description, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                PreparedStatement ps = connection.prepareStatement(
                        "insert into scorecard_item (label, description, created_at) values (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, label);
                ps.setString(2, description);
                ps.setTimestamp(3, Timestamp.from(at));
                return ps;
            }, keys);
        } catch (DuplicateKeyException e) {
            return -1;
        }
        return keys.getKey().longValue();
    }

    @Override
    public boolean updateItem(long id, String label, String description, boolean active) {
        try {
            jdbc.update("update scorecard_item set label = ?, description = ?, active = ? where id = ?", label, description,
                    active, id);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void saveItemScores(long interactionId, Map<Long, Integer> scores, Map<Long, String> comments) {
        jdbc.update("delete from interaction_item_score where interaction_id = ?", interactionId);
        Set<Long> items = new HashSet<>(scores.keySet());
        items.addAll(comments.keySet());
        for (long item : items) {
            jdbc.update("insert into interaction_item_score (interaction_id, item_id, score, comment) values (?, ?, ?, ?)",
                    interactionId, item, scores.get(item), comments.get(item));
        }
    }

    @Override
    public List<ItemScore> itemScores(long interactionId) {
        return jdbc.query("""
                select s.item_id, i.label, s.score, s.comment from interaction_item_score s
                join scorecard_item i on i.id = s.item_id where s.interaction_id = ? order by i.label""",
                (rs, n) -> new ItemScore(rs.getLong("item_id"), rs.getString("label"),
                        rs.getObject("score", Integer.class), rs.getString("comment")), interactionId);
    }

    @Override
    public long addComment(long interactionId, int turnIndex, long authorId, String text, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into interaction_turn_comment (interaction_id, turn_index, author_id, text, created_at)
                    values (?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, interactionId);
            ps.setInt(2, turnIndex);
            ps.setLong(3, authorId);
            ps.setString(4, text);
            ps.setTimestamp(5, Timestamp.from(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    @Override
    public List<TurnComment> comments(long interactionId) {
        return jdbc.query("""
                select c.id, c.turn_index, u.display_name, c.text, c.created_at from interaction_turn_comment c
                join app_user u on u.id = c.author_id where c.interaction_id = ? order by c.created_at, c.id""",
                (rs, n) -> new TurnComment(rs.getLong("id"), rs.getInt("turn_index"), rs.getString("display_name"),
                        rs.getString("text"), rs.getTimestamp("created_at").toInstant()), interactionId);
    }
}
