package com.empathycoach.core.profile;

import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One agent's empathy from every source: the average per key and source (0 to 100), and the weekly trend.
 * Peer figures drawn from fewer answers than the anonymity threshold are left out.
 */
public record EmpathyProfile(Map<EmpathyKey, Map<ScoreSource, Score>> scores, List<TrendPoint> trend,
                             boolean peersHidden) {

    public record Score(int average, int samples) {
    }

    public record TrendPoint(LocalDate weekStart, EmpathyKey key, ScoreSource source, int average, int samples) {
    }

    public EmpathyProfile {
        scores = Map.copyOf(scores);
        trend = List.copyOf(trend);
    }

    public Optional<Score> score(EmpathyKey key, ScoreSource source) {
        return Optional.ofNullable(scores.getOrDefault(key, Map.of()).get(source));
    }

    public boolean isEmpty() {
        return scores.values().stream().allMatch(Map::isEmpty);
    }
}
