package com.empathycoach.core.roleplay;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: written replies waiting for a coach, and the reviews coaches write. */
public interface ReplyReviewStore {

    /**
     * A reply waiting for review, with what is needed to show it: among that, the scores the analyzer gave the agent
     * when they replied, and the analyzer version that gave them (null for replies saved before versions were kept).
     */
    record Pending(long attemptId, int turnNo, long userId, String agentName, String scenarioId, int revision,
                   String nodeId, String reply, Instant takenAt, Map<EmpathyKey, Integer> analyzerScores,
                   String analyzerVersion) {
    }

    /** One page of the replies awaiting review from these agents, oldest first (ties broken by play and turn). */
    List<Pending> pending(Collection<Long> agentIds, int offset, int limit);

    /** How many replies from these agents await review. */
    int countPending(Collection<Long> agentIds);

    Optional<Pending> pendingTurn(long attemptId, int turnNo);

    /** Saves the review and marks the turn reviewed, if it still awaits review; returns false otherwise. */
    boolean review(long attemptId, int turnNo, long reviewerId, Map<EmpathyKey, Integer> scores, String feedback,
                   Instant now);

    /** Reviews of one play, by turn number. */
    Map<Integer, CoachReview> reviews(long attemptId);

    /** Reviews of this agent's replies not yet opened by them, newest first. */
    List<CoachReview> unseen(long userId);

    /** Every review of the agent's replies, newest first, at most {@code limit}. */
    List<CoachReview> reviewsOf(long userId, int limit);

    void markSeen(long attemptId, Instant now);

    /**
     * A coach's correction of the analyzer, as a labelled example: the reply, what the analyzer said (and which
     * version said it), and what the coach said. No names: the example is about the words.
     */
    record ReviewedExample(String scenarioId, String nodeId, String reply, Map<EmpathyKey, Integer> analyzerScores,
                           Integer analyzerOverall, String analyzerVersion, Map<EmpathyKey, Integer> coachScores,
                           String coachFeedback, Instant reviewedAt) {
    }

    /** Reviews as labelled examples, oldest first: one reviewer's, or everyone's when {@code reviewerId} is null. */
    List<ReviewedExample> examples(Long reviewerId);

    /** The scenario a play belongs to, for links. */
    Optional<String> scenarioOf(long attemptId);
}
