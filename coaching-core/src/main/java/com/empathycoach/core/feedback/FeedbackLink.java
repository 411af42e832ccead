package com.empathycoach.core.feedback;

import java.time.Instant;

/** A customer feedback link as its agent lists it (the token itself is never kept). */
public record FeedbackLink(long id, long agentId, String agentName, Origin origin, Instant createdAt, Instant expiresAt,
                           Instant usedAt, Instant revokedAt) {

    /** Who made the link: the agent in the app, or an integration through the API. */
    public enum Origin { AGENT, API }

    public enum State { OPEN, USED, EXPIRED, REVOKED }

    public State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }
}
