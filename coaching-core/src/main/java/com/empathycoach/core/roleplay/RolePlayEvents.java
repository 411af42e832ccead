package com.empathycoach.core.roleplay;

import com.empathycoach.core.roleplay.Scenario.Outcome;
import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Map;

/** Facts the role-play player announces, for XP, the empathy profile, reports and coaching. */
public final class RolePlayEvents {

    private RolePlayEvents() {
    }

    public record RolePlayStarted(long userId, String scenarioId, long attemptId, int attemptNo, Instant at) {
    }

    /** One choice picked or one reply written: a completed step, as streaks count them. */
    /** A reply chosen at a decision; {@code strongest} when no other reply there scores higher. */
    public record DecisionMade(long userId, String scenarioId, String nodeId, String choiceId, EmpathyKey key,
                               boolean strongest, Instant at) {
    }

    /** The analyzer's markers found in a written reply. */
    public record ReplyAnalysed(long userId, String scenarioId, java.util.Set<com.empathycoach.core.analysis.Marker> markers,
                                Instant at) {
        public ReplyAnalysed {
            markers = java.util.Set.copyOf(markers);
        }
    }

    public record TurnTaken(long userId, String scenarioId, long attemptId, int turnNo, boolean written, Instant at) {
    }

    /** A written reply on a node that asks for coach review. */
    public record ReplyAwaitingReview(long userId, String scenarioId, long attemptId, int turnNo, Instant at) {
    }

    /**
     * A play reached an ending. {@code scores} has 0..100 for each key practised on the path taken;
     * {@code overall} is their rounded mean.
     */
    public record RolePlayCompleted(long userId, String scenarioId, long attemptId, int attemptNo, int revision,
                                    Outcome outcome, Map<EmpathyKey, Integer> scores, int overall, Instant at) {
        public RolePlayCompleted {
            scores = Map.copyOf(scores);
        }
    }
}
