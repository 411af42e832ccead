package com.empathycoach.core.roleplay;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Map;

/** A coach's review of a written reply: their score per key (0..100, overriding the analyzer's) and feedback. */
public record CoachReview(long attemptId, int turnNo, String reviewerName, Map<EmpathyKey, Integer> scores,
                          String feedback, Instant reviewedAt, Instant seenAt) {

    public CoachReview {
        scores = Map.copyOf(scores);
    }
}
