package com.empathycoach.core.roleplay;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Map;

/**
 * One saved turn: either a picked choice ({@code choiceId} set, scores 0..3 per key as the content
 * gives them) or a written reply ({@code reply} set, scores 0..100 per key from the analyzer, with the analyzer's
 * overall verdict and the version of the analyzer that made them; both null for choices and for replies scored before
 * versions were kept).
 */
public record RolePlayTurn(int turnNo, String nodeId, String choiceId, String reply, Map<EmpathyKey, Integer> scores,
                           int moodAfter, ReviewStatus review, Instant at, Integer overall, String analyzerVersion) {

    public RolePlayTurn {
        scores = Map.copyOf(scores);
    }


    public boolean written() {
        return reply != null;
    }
}
