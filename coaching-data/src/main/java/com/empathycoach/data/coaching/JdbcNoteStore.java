package com.empathycoach.data.coaching;

import com.empathycoach.core.coaching.CoachingNote;
import com.empathycoach.core.coaching.NoteStore;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcNoteStore implements NoteStore {

    private static final String SELECT = """
            select n.*, c.display_name coach_name, a.display_name agent_name from coaching_note n
            join app_user c on c.id = n.coach_id join app_user a on a.id = n.agent_id
            """;

    private static final RowMapper<CoachingNote> ROW = (rs, i) -> {
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new CoachingNote(rs.getLong("id"), rs.getLong("coach_id"), rs.getString("coach_name"), rs.getLong("agent_id"),
                rs.getString("agent_name"), EmpathyKey.valueOf(rs.getString("focus_key")), rs.getString("went_well"),
                rs.getString("try_next"), rs.getDate("follow_up_on").toLocalDate(), rs.getTimestamp("created_at").toInstant(),
                ack == null ? null : ack.toInstant(), rs.getString("agent_reply"));
    };

    private final JdbcTemplate jdbc;

    JdbcNoteStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long create(long coachId, long agentId, EmpathyKey focus, String wentWell, String tryNext, LocalDate followUpOn,
                       Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into coaching_note (coach_id, agent_id, focus_key, went_well, try_next, follow_up_on, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, coachId);
            ps.setLong(2, agentId);
            ps.setString(3, focus.name());
            ps.setString(4, wentWell);
            ps.setString(5, tryNext);
            ps.setDate(6, Date.valueOf(followUpOn));
            ps.setTimestamp(7, Timestamp.from(now));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    @Override
    public Optional<CoachingNote> note(long id) {
        return jdbc.query(SELECT + " where n.id = ?", ROW, id).stream().findFirst();
    }

    @Override
    public List<CoachingNote> forAgent(long agentId) {
        return jdbc.query(SELECT + " where n.agent_id = ? order by n.created_at desc, n.id desc", ROW, agentId);
    }

    @Override
    public List<CoachingNote> unacknowledged(long coachId, Instant before) {
        return jdbc.query(SELECT + " where n.coach_id = ? and n.acknowledged_at is null and n.created_at < ?"
                + " order by n.created_at", ROW, coachId, Timestamp.from(before));
    }

    @Override
    public boolean acknowledge(long noteId, String reply, Instant now) {
        return jdbc.update("update coaching_note set acknowledged_at = ?, agent_reply = ? where id = ? and acknowledged_at is null",
                Timestamp.from(now), reply, noteId) == 1;
    }
}
