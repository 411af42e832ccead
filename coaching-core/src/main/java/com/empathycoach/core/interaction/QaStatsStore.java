package com.empathycoach.core.interaction;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Port: QA figures per agent over a time range, for coverage and trends. */
public interface QaStatsStore {

    /**
     * One agent's real interactions that happened in a range: how many, the sum of their analyzer overall scores,
     * how many a coach scored, and per key the sum and count of the coaches' 1-5 scores (N/A not counted).
     */
    record AgentStats(long agentId, int interactions, long overallSum, int scorecards, Map<EmpathyKey, long[]> coach) {
        public AgentStats {
            coach = Map.copyOf(coach);
        }
    }

    /** Per agent who has any, the interactions that happened in [from, to). */
    List<AgentStats> stats(Instant from, Instant to);

    /** Per agent, how many interactions a coach scored (first score or rescore) in [from, to). */
    Map<Long, Integer> scoredCounts(Instant from, Instant to);
}
