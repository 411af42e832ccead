package com.empathycoach.core.coaching;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.time.LocalDate;

/** A 1:1 note from a coach to an agent, which the agent acknowledges and may answer. */
public record CoachingNote(long id, long coachId, String coachName, long agentId, String agentName, EmpathyKey focus,
                           String wentWell, String tryNext, LocalDate followUpOn, Instant createdAt,
                           Instant acknowledgedAt, String agentReply) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
