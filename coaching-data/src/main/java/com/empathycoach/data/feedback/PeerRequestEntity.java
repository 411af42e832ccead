package com.empathycoach.data.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A request for a teammate's feedback once it exists: the agent may withdraw it while the peer answers or
 * declines, so its status changes carry a version. It is opened by an insert that treats the unique key on
 * open requests as "already open" (see {@link JpaPeerFeedbackStore#open}).
 */
@Entity
@Table(name = "peer_request")
class PeerRequestEntity {

    @Id
    Long id;

    @Column(name = "agent_id", nullable = false, updatable = false)
    long agentId;

    @Column(name = "peer_id", nullable = false, updatable = false)
    long peerId;

    @Column(name = "requested_by", nullable = false, updatable = false)
    long requestedBy;

    @Column(nullable = false, length = 16)
    String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Version
    int version;

    protected PeerRequestEntity() {
    }
}
