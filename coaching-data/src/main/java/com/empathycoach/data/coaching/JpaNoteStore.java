package com.empathycoach.data.coaching;

import com.empathycoach.core.coaching.CoachingNote;
import com.empathycoach.core.coaching.NoteStore;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.data.shared.VersionedSave;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Notes are written and acknowledged through {@link NoteEntity} (JPA, with a version); lists with names are read on JDBC. */
@Repository
class JpaNoteStore implements NoteStore {

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

    private final NoteRepository notes;
    private final JdbcTemplate jdbc;

    JpaNoteStore(NoteRepository notes, JdbcTemplate jdbc) {
        this.notes = notes;
        this.jdbc = jdbc;
    }

    @Override
    public long create(long coachId, long agentId, EmpathyKey focus, String wentWell, String tryNext, LocalDate followUpOn,
                       Instant now) {
        NoteEntity note = new NoteEntity(coachId, agentId, focus.name(), wentWell, tryNext);
        note.followUpOn = followUpOn;
        note.createdAt = now;
        return notes.saveAndFlush(note).id;
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
        Optional<NoteEntity> found = notes.findById(noteId);
        if (found.isEmpty() || found.get().acknowledgedAt != null) {
            return false;
        }
        NoteEntity note = found.get();
        note.acknowledgedAt = now;
        note.agentReply = reply;
        return VersionedSave.unlessChangedMeanwhile(notes, note);
    }
}
