package com.empathycoach.core.feedback;

import java.time.Instant;

/** A request for one teammate's feedback on an agent. */
public record PeerRequest(long id, long agentId, String agentName, long peerId, String peerName, long requestedBy,
                          Status status, Instant createdAt, Instant closedAt) {

    public enum Status { OPEN, ANSWERED, DECLINED, WITHDRAWN }
}
