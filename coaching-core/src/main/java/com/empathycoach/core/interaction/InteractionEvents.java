package com.empathycoach.core.interaction;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Facts about real interactions, for the empathy profile and for notifications. */
public final class InteractionEvents {

    private InteractionEvents() {
    }

    /** A new interaction was analysed: the analyzer's 0 to 100 per key, dated when the interaction happened. */
    public record InteractionAnalysed(long interactionId, long agentId, Instant occurredAt, Map<EmpathyKey, Integer> keys) {
        public InteractionAnalysed {
            keys = Map.copyOf(keys);
        }
    }

    /**
     * A coach scored an interaction, rescored it, or a dispute changed its score: the scores now in force, 1 to 5 per
     * key (a key left out is N/A), dated when the interaction happened.
     */
    public record InteractionScored(long interactionId, long agentId, Instant occurredAt, Map<EmpathyKey, Integer> scores) {
        public InteractionScored {
            scores = Map.copyOf(scores);
        }
    }

    /** An agent disputed the QA score of one of their interactions, scored by {@code coachId}. */
    public record ScoreDisputed(long interactionId, long agentId, long coachId, String agentName) {
    }

    /** A coach opened a calibration session on an interaction and invited these coaches to score it blind. */
    public record CalibrationInvited(long sessionId, long hostId, String hostName, Set<Long> invitees) {
        public CalibrationInvited {
            invitees = Set.copyOf(invitees);
        }
    }
}
