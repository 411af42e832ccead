package com.empathycoach.core.interaction;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Port: scorecards of real interactions. Scores are 1 to 5; a key missing from a map is N/A. */
public interface ScorecardStore {

    /** The stored scorecard with every score, whoever asks; the facade decides what to show. */
    Optional<Scorecard> find(long interactionId);

    void saveScores(long interactionId, long coachId, Map<EmpathyKey, Integer> scores, Map<EmpathyKey, String> comments,
                    Instant at);

    void saveSelf(long interactionId, Map<EmpathyKey, Integer> self, Instant at);

    void setStatus(long interactionId, Scorecard.Status status);

    void dispute(long interactionId, String reason, Instant at);

    void resolve(long interactionId, long resolverId, Map<EmpathyKey, Integer> scores, String note, Instant at);

    /** Interactions whose dispute was settled, oldest first: of these agents, or of everyone when null. */
    java.util.List<Long> settled(java.util.Collection<Long> agentIds);

    /** Who scored it, to keep the scorer from resolving a dispute about their own score. */
    Optional<Long> coachOf(long interactionId);
}
