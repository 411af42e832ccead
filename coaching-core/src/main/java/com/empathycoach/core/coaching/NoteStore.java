package com.empathycoach.core.coaching;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: 1:1 coaching notes. */
public interface NoteStore {

    long create(long coachId, long agentId, EmpathyKey focus, String wentWell, String tryNext, LocalDate followUpOn,
                Instant now);

    Optional<CoachingNote> note(long id);

    /** Newest first. */
    List<CoachingNote> forAgent(long agentId);

    /** Notes this coach wrote that are still unacknowledged and older than {@code before}, oldest first. */
    List<CoachingNote> unacknowledged(long coachId, Instant before);

    /** Acknowledges once; returns false if it was already acknowledged. */
    boolean acknowledge(long noteId, String reply, Instant now);
}
