package com.empathycoach.data.drill;

import com.empathycoach.core.drill.ReminderPrefs;
import com.empathycoach.core.drill.ReminderStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcReminderStore implements ReminderStore {

    private final JdbcTemplate jdbc;

    JdbcReminderStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReminderPrefs> prefs(long userId) {
        return jdbc.query("select enabled, remind_at, quiet_from, quiet_until from drill_reminder where user_id = ?",
                (rs, i) -> prefs(rs), userId).stream().findFirst();
    }

    @Override
    public void save(long userId, ReminderPrefs p) {
        jdbc.update("""
                insert into drill_reminder (user_id, enabled, remind_at, quiet_from, quiet_until) values (?, ?, ?, ?, ?)
                on duplicate key update enabled = values(enabled), remind_at = values(remind_at),
                    quiet_from = values(quiet_from), quiet_until = values(quiet_until)""",
                userId, p.enabled(), Time.valueOf(p.remindAt()), Time.valueOf(p.quietFrom()), Time.valueOf(p.quietUntil()));
    }

    @Override
    public List<Candidate> candidates(LocalDate before) {
        ReminderPrefs d = ReminderPrefs.DEFAULT;
        return jdbc.query("""
                select u.id, u.time_zone, coalesce(r.enabled, true) enabled, coalesce(r.remind_at, ?) remind_at,
                       coalesce(r.quiet_from, ?) quiet_from, coalesce(r.quiet_until, ?) quiet_until, r.last_reminded
                from app_user u join user_role ur on ur.user_id = u.id and ur.role = 'AGENT'
                left join drill_reminder r on r.user_id = u.id
                where u.active and coalesce(r.enabled, true) and (r.last_reminded is null or r.last_reminded < ?)""",
                (rs, i) -> new Candidate(rs.getLong("id"), prefs(rs), zone(rs.getString("time_zone")),
                        rs.getObject("last_reminded", LocalDate.class)),
                Time.valueOf(d.remindAt()), Time.valueOf(d.quietFrom()), Time.valueOf(d.quietUntil()), Date.valueOf(before));
    }

    @Override
    public boolean markReminded(long userId, LocalDate day) {
        ReminderPrefs d = ReminderPrefs.DEFAULT;
        jdbc.update("""
                insert ignore into drill_reminder (user_id, enabled, remind_at, quiet_from, quiet_until)
                values (?, ?, ?, ?, ?)""", userId, d.enabled(), Time.valueOf(d.remindAt()), Time.valueOf(d.quietFrom()),
                Time.valueOf(d.quietUntil()));
        return jdbc.update("""
                update drill_reminder set last_reminded = ?
                where user_id = ? and (last_reminded is null or last_reminded < ?)""",
                Date.valueOf(day), userId, Date.valueOf(day)) == 1;
    }

    private static ReminderPrefs prefs(ResultSet rs) throws SQLException {
        return new ReminderPrefs(rs.getBoolean("enabled"), rs.getTime("remind_at").toLocalTime(),
                rs.getTime("quiet_from").toLocalTime(), rs.getTime("quiet_until").toLocalTime());
    }

    private static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
