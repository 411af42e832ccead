package com.empathycoach.data.shared;

import com.empathycoach.core.shared.RateLimitStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * One row per (scope, subject). The upsert is a single statement, so hits arriving at once on several nodes
 * are all counted: the row lock orders them. The count is read back in the same transaction, under that lock,
 * so each hit sees exactly its own place in the window. In the update, {@code hits} is assigned before
 * {@code window_start} and so still sees the old window.
 */
@Repository
class JdbcRateLimitStore implements RateLimitStore {

    private final JdbcTemplate jdbc;

    JdbcRateLimitStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public int hit(String scope, String subject, Duration window, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp expired = Timestamp.from(now.minus(window));
        jdbc.update("""
                insert into rate_limit_window (scope, subject, window_start, hits) values (?, ?, ?, 1)
                on duplicate key update
                    hits = if(window_start <= ?, 1, hits + 1),
                    window_start = if(window_start <= ?, ?, window_start)""",
                scope, subject, at, expired, expired, at);
        return hits(scope, subject, window, now);
    }

    @Override
    public int hits(String scope, String subject, Duration window, Instant now) {
        Integer hits = jdbc.query("select hits from rate_limit_window where scope = ? and subject = ? and window_start > ?",
                rs -> rs.next() ? rs.getInt(1) : 0, scope, subject, Timestamp.from(now.minus(window)));
        return hits == null ? 0 : hits;
    }

    @Override
    public void forget(String scope, String subject) {
        jdbc.update("delete from rate_limit_window where scope = ? and subject = ?", scope, subject);
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return jdbc.update("delete from rate_limit_window where window_start < ?", Timestamp.from(cutoff));
    }
}
