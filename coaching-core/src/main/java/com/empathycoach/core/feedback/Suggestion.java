package com.empathycoach.core.feedback;

import com.empathycoach.core.skill.ScoreSource;
import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;

/** A suggestion to an agent's coach: this key keeps scoring low from this source; assign this module. */
public record Suggestion(long id, long agentId, String agentName, EmpathyKey key, ScoreSource source, String moduleId,
                         double average, int samples, Instant createdAt) {
}
