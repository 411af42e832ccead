package com.empathycoach.data.notification;

import com.empathycoach.core.notification.Notification;
import com.empathycoach.core.notification.NotificationKind;
import com.empathycoach.core.notification.NotificationStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Repository
class JdbcNotificationStore implements NotificationStore {

    /** Arguments are stored joined by a unit separator, which no text a person types contains. */
    private static final String SEPARATOR = "\u001F";

    private final JdbcTemplate jdbc;

    JdbcNotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(long userId, NotificationKind kind, String dedupeKey, List<String> args, String link, Instant at) {
        String joined = String.join(SEPARATOR, args);
        if (joined.length() > 1000) {
            joined = joined.substring(0, 1000);
        }
        return jdbc.update("""
                insert ignore into notification (user_id, kind, dedupe_key, args, link, created_at)
                values (?, ?, ?, ?, ?, ?)""", userId, kind.name(), dedupeKey, joined, link, Timestamp.from(at)) == 1;
    }

    @Override
    public int unread(long userId) {
        Integer count = jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null",
                Integer.class, userId);
        return count == null ? 0 : count;
    }

    @Override
    public List<Notification> recent(long userId, int limit) {
        return jdbc.query("select * from notification where user_id = ? order by created_at desc, id desc limit ?",
                (rs, i) -> {
                    String args = rs.getString("args");
                    Timestamp read = rs.getTimestamp("read_at");
                    return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                            args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)), rs.getString("link"),
                            rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
                }, userId, limit);
    }

    @Override
    public void markAllRead(long userId, Instant at) {
        jdbc.update("update notification set read_at = ? where user_id = ? and read_at is null", Timestamp.from(at), userId);
    }
}
