package com.empathycoach.data.reporting;

import com.empathycoach.core.audit.AuditEntry;
import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.shared.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@Repository
class JdbcAuditStore implements AuditStore {

    private final JdbcTemplate jdbc;

    JdbcAuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(long actorId, String action, String details, Integer rowCount, Instant at) {
        String text = details.length() > 2000 ? details.substring(0, 2000) : details;
        jdbc.update("insert into audit_log (actor_id, action, details, row_count, at) values (?, ?, ?, ?, ?)",
                actorId < 0 ? null : actorId, action, text, rowCount, Timestamp.from(at));
    }

    @Override
    public List<AuditEntry> recent(Page page) {
        return jdbc.query("""
                select l.*, coalesce(u.display_name, 'Integration API') display_name
                from audit_log l left join app_user u on u.id = l.actor_id
                order by l.at desc, l.id desc limit ? offset ?""",
                (rs, i) -> {
                    Integer rows = rs.getObject("row_count", Integer.class);
                    return new AuditEntry(rs.getLong("id"), rs.getLong("actor_id"), rs.getString("display_name"),
                            rs.getString("action"), rs.getString("details"), rows,
                            rs.getTimestamp("at").toInstant());
                }, page.limit(), page.offset());
    }

    @Override
    public int count() {
        Integer count = jdbc.queryForObject("select count(*) from audit_log", Integer.class);
        return count == null ? 0 : count;
    }
}
