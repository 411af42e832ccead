package com.empathycoach.core.feedback;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: peer feedback requests and answers. */
public interface PeerFeedbackStore {

    /** Opens a request; empty when one is already open for this agent and peer. */
    Optional<Long> open(long agentId, long peerId, long requestedBy, Instant now);

    Optional<PeerRequest> request(long id);

    /** Requests waiting for this peer's answer, oldest first. */
    List<PeerRequest> waitingFor(long peerId);

    /** Requests about this agent, newest first. */
    List<PeerRequest> about(long agentId, int limit);

    /** Closes an open request with the answer; false if it was no longer open. */
    boolean answer(PeerRequest request, PeerAnswer answer, Instant now);

    /** Closes an open request without an answer; false if it was no longer open. */
    boolean close(long requestId, PeerRequest.Status status, Instant now);

    /** How many different peers have answered about this agent. */
    int answeringPeers(long agentId);

    Map<EmpathyKey, Double> averageRatings(long agentId);

    List<PeerSummary.Example> examples(long agentId);

    /** The agent's most recent ratings on one key, newest first. */
    List<Integer> recentRatings(long agentId, EmpathyKey key, int limit);
}
