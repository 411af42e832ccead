package com.empathycoach.data.reporting;

import com.empathycoach.core.reporting.BadgeAssertion;
import com.empathycoach.core.reporting.BadgeAssertionStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class JdbcBadgeAssertionStore implements BadgeAssertionStore {

    private static final String SELECT = """
            select b.assertion_id, b.user_id, u.email, b.badge_id, b.recipient_salt, b.earned_at
            from user_badge b join app_user u on u.id = b.user_id
            """;

    private static final RowMapper<BadgeAssertion> ROW = (rs, i) -> new BadgeAssertion(rs.getString("assertion_id"),
            rs.getLong("user_id"), rs.getString("email"), rs.getString("badge_id"), rs.getString("recipient_salt"),
            rs.getTimestamp("earned_at").toInstant());

    private final JdbcTemplate jdbc;

    JdbcBadgeAssertionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BadgeAssertion> assertion(String assertionId) {
        return jdbc.query(SELECT + " where b.assertion_id = ?", ROW, assertionId).stream().findFirst();
    }

    @Override
    public List<BadgeAssertion> of(long userId) {
        return jdbc.query(SELECT + " where b.user_id = ? order by b.earned_at", ROW, userId);
    }
}
