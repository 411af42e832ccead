package com.empathycoach.core.feedback;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Map;

/** Facts the feedback feature announces; the profile, XP and the low-score watch listen. */
public final class FeedbackEvents {

    private FeedbackEvents() {
    }

    public record PeerFeedbackRequested(long requestId, long agentId, String agentName, long peerId) {
    }

    public record PeerFeedbackGiven(long requestId, long agentId, long peerId, Map<EmpathyKey, Integer> ratings,
                                    Instant at) {
    }

    /** {@code ratings} holds the keys the customer form asks about (see {@link CustomerAnswer#keyRatings()}). */
    public record CustomerFeedbackGiven(long linkId, long agentId, int overall, Map<EmpathyKey, Integer> ratings,
                                        Instant at) {
    }
}
