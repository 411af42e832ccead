package com.empathycoach.core.interaction;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Map;

/**
 * A coach's scorecard of one real interaction: per key 1 to 5 (a key left out is N/A) with a comment, the agent's
 * self-review, and the dispute trail. {@code scores} is empty for an agent who has not reviewed themself yet: they
 * see the coach's score only after giving their own.
 */
public record Scorecard(long interactionId, Status status, String coachName, Instant scoredAt,
                        Map<EmpathyKey, Integer> scores, Map<EmpathyKey, String> comments, boolean scoresHidden,
                        Instant selfAt, Map<EmpathyKey, Integer> self, String disputeReason, Instant disputedAt,
                        String resolverName, String resolutionNote, Instant resolvedAt) {

    public Scorecard {
        scores = Map.copyOf(scores);
        comments = Map.copyOf(comments);
        self = Map.copyOf(self);
    }

    public enum Status { SELF_REVIEWED, SCORED, ACKNOWLEDGED, DISPUTED, RESOLVED }

    public boolean scored() {
        return status != Status.SELF_REVIEWED;
    }

    /** The agent's own score minus the coach's, per key both scored. */
    public Map<EmpathyKey, Integer> gap() {
        Map<EmpathyKey, Integer> gap = new java.util.EnumMap<>(EmpathyKey.class);
        self.forEach((key, own) -> {
            Integer coach = scores.get(key);
            if (coach != null) {
                gap.put(key, own - coach);
            }
        });
        return gap;
    }
}
