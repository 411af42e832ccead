package com.empathycoach.core.feedback;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Facts the feedback feature announces; the profile, XP and the low-score watch listen. */
public final class FeedbackEvents {

    private FeedbackEvents() {
    }

    public record PeerFeedbackRequested(long requestId, long agentId, String agentName, long peerId) {
    }

    /** A teammate answered; only the giver's own side (XP) may react, the agent learns of it at the release. */
    public record PeerFeedbackGiven(long requestId, long agentId, long peerId, Map<EmpathyKey, Integer> ratings,
                                    Instant at) {
    }

    /**
     * A group of at least the anonymity threshold of teammates' answers became visible to the agent and their coach,
     * all at one moment, so no single answer can be told apart by watching the figures move.
     */
    public record PeerFeedbackReleased(long agentId, List<PeerFeedbackStore.Released> answers, Instant at) {
        public PeerFeedbackReleased {
            answers = List.copyOf(answers);
        }
    }

    /**
     * Recent ratings on a key fell below the threshold and a suggestion to assign {@code moduleId} was opened;
     * the agent's coaches should hear of it.
     */
    public record AssignmentSuggested(long suggestionId, long agentId, String agentName, String moduleId,
                                      String moduleTitle, EmpathyKey key, Instant at) {
    }

    /** {@code ratings} holds the keys the customer form asks about (see {@link CustomerAnswer#keyRatings()}). */
    public record CustomerFeedbackGiven(long linkId, long agentId, int overall, Map<EmpathyKey, Integer> ratings,
                                        Instant at) {
    }
}
