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

    /**
     * How much each source counts in the weighted score of a key: what a coach saw in real conversations counts
     * most, then what the analyzer, customers and coach reviews say, then practice and peers. Documented in
     * docs/FEEDBACK.md.
     */
    public static final Map<ScoreSource, Integer> WEIGHTS = Map.of(ScoreSource.QA_SCORECARD, 3,
            ScoreSource.INTERACTION, 2, ScoreSource.CUSTOMER, 2, ScoreSource.COACH_REVIEW, 2,
            ScoreSource.ROLEPLAY, 1, ScoreSource.QUIZ, 1, ScoreSource.PEER, 1);

    public record TrendPoint(LocalDate weekStart, EmpathyKey key, ScoreSource source, int average, int samples) {
    }

    public EmpathyProfile {
        scores = Map.copyOf(scores);
        trend = List.copyOf(trend);
    }

    public Optional<Score> score(EmpathyKey key, ScoreSource source) {
        return Optional.ofNullable(scores.getOrDefault(key, Map.of()).get(source));
    }

    /** The weighted mean of the key's averages over the sources that have one ({@link #WEIGHTS}). */
    public Optional<Integer> weighted(EmpathyKey key) {
        Map<ScoreSource, Score> bySource = scores.getOrDefault(key, Map.of());
        long weight = 0;
        long sum = 0;
        for (Map.Entry<ScoreSource, Score> e : bySource.entrySet()) {
            int w = WEIGHTS.getOrDefault(e.getKey(), 1);
            weight += w;
            sum += (long) w * e.getValue().average();
        }
        return weight == 0 ? Optional.empty() : Optional.of((int) Math.round((double) sum / weight));
    }

    public boolean isEmpty() {
        return scores.values().stream().allMatch(Map::isEmpty);
    }
}
