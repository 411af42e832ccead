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

    /** One page of the requests about this agent, newest first (ties broken by id). */
    List<PeerRequest> about(long agentId, int offset, int limit);

    /** How many requests there are about this agent. */
    int countAbout(long agentId);

    /** Closes an open request with the answer; false if it was no longer open. */
    boolean answer(PeerRequest request, PeerAnswer answer, Instant now);

    /** Closes an open request without an answer; false if it was no longer open. */
    boolean close(long requestId, PeerRequest.Status status, Instant now);

    /** How many different peers have answered about this agent. */
    /** Distinct teammates whose answers have been released (shown). */
    int answeringPeers(long agentId);

    /** Distinct teammates with answers not released yet. */
    int unreleasedPeers(long agentId);

    /**
     * Withdraws a request that is open, or answered or declined but not released: its unreleased answer, if any, is
     * deleted. False when the request was released or withdrawn already.
     */
    boolean withdraw(long requestId, Instant now);

    /** One released answer: the request it answered and its rating per key. */
    record Released(long requestId, Map<EmpathyKey, Integer> ratings) {
    }

    /** Releases every answer not yet released for the agent, at {@code now}; returns them (empty if another did). */
    List<Released> release(long agentId, Instant now);

    /** When the agent's answers were last released, if ever. */
    Optional<Instant> lastRelease(long agentId);

    Map<EmpathyKey, Double> averageRatings(long agentId);

    List<PeerSummary.Example> examples(long agentId);

    /** The agent's most recent ratings on one key, newest first. */
    List<Integer> recentRatings(long agentId, EmpathyKey key, int limit);
}
