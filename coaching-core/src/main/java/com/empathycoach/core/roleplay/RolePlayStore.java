package com.empathycoach.core.roleplay;

import com.empathycoach.core.roleplay.Scenario.Outcome;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: role-play attempts and their turns. */
public interface RolePlayStore {

    Optional<RolePlayAttempt> attempt(long attemptId);

    /** The newest attempt at a scenario, open or completed. */
    Optional<RolePlayAttempt> latest(long userId, String scenarioId);

    int lastAttemptNo(long userId, String scenarioId);

    /** Creates an attempt; if the same number exists already (a double click), returns that one. */
    RolePlayAttempt create(long userId, String scenarioId, int revision, int attemptNo, String startNode, int mood,
                           Instant now);

    /**
     * Saves the turn numbered {@code turn.turnNo()} and moves the attempt to {@code nextNode} with the
     * new mood, only if the attempt is open and has exactly that many turns; returns false otherwise
     * (a repeated click), changing nothing.
     */
    boolean saveTurn(long attemptId, RolePlayTurn turn, String nextNode, Instant now);

    /** Marks the attempt completed at an ending; returns true only for the call that completed it. */
    boolean complete(long attemptId, String endingId, Outcome outcome, Map<EmpathyKey, Integer> scores, int overall,
                     Instant now);

    List<RolePlayTurn> turns(long attemptId);

    /** Per scenario: completed plays, the best overall score and the newest attempt. */
    List<RolePlayResult> results(long userId);

    /** How often each choice of a scenario was picked, in plays of one revision or, with {@code revision} null, all. */
    List<ChoiceTally> choiceTallies(String scenarioId, Integer revision);

    /**
     * How many replies were written at each free-text node of a scenario, and by how many people, by node id (one
     * revision, or null: all).
     */
    Map<String, WrittenCount> writtenReplyCounts(String scenarioId, Integer revision);

    /** Replies written at one node, and how many different people wrote them. */
    record WrittenCount(long replies, long writers) {
    }

    /** The replies written at one node of a scenario, newest first, without who wrote them (one revision, or all). */
    List<WrittenReply> writtenReplies(String scenarioId, Integer revision, String nodeId, Page page);

    record ChoiceTally(String nodeId, String choiceId, long picks) {
    }

    record WrittenReply(String reply, Map<EmpathyKey, Integer> scores, ReviewStatus review, Instant at) {
        public WrittenReply {
            scores = Map.copyOf(scores);
        }
    }
}
