package com.empathycoach.core.roleplay;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Map;

/**
 * One play of a scenario. While open, {@code nodeId} is where the conversation stands and
 * {@code turnCount} how many turns are saved; once completed, {@code endingId} and the scores are set.
 */
public record RolePlayAttempt(long id, long userId, String scenarioId, int revision, int attemptNo, boolean completed,
                              String nodeId, int mood, int turnCount, String endingId, Map<EmpathyKey, Integer> scores,
                              Integer overall, Instant startedAt, Instant updatedAt, Instant completedAt) {

    public RolePlayAttempt {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }
}
