package com.empathycoach.core.drill;

import com.empathycoach.core.analysis.Marker;
import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The recency-weighted skill profile: per key, the mean score of drill and quiz answers (100 right, 0 wrong) where
 * an answer counts half as much for every half-life that has passed, and the predicted recall of what was met.
 */
public record SkillProfile(Map<EmpathyKey, KeySkill> keys, Map<Marker, MarkerSkill> markers, double halfLifeDays) {

    public SkillProfile {
        keys = Map.copyOf(keys);
        markers = Map.copyOf(markers);
    }

    /**
     * How often a marker shows in the agent's written role-play replies, recent replies weighing most.
     *
     * @param shownPercent weighted share of replies that show it, 0 to 100
     * @param evidence     how many recent replies it rests on, weighted like the key scores
     */
    public record MarkerSkill(int shownPercent, double evidence) {
    }

    /**
     * @param score     weighted mean, 0 to 100
     * @param evidence  how many recent answers it rests on: each answer counts 1 today, 0.5 one half-life ago
     * @param retention mean predicted recall now of the items met on this key, 0 to 100; null when none was met
     */
    public record KeySkill(int score, double evidence, Instant lastAnswer, Integer retention, int itemsMet) {
    }

    /** The key with the lowest weighted score, when any key has been practised. */
    public Optional<EmpathyKey> weakest() {
        return keys.entrySet().stream().filter(e -> e.getValue().evidence() > 0)
                .min(java.util.Comparator.comparingInt((Map.Entry<EmpathyKey, KeySkill> e) -> e.getValue().score())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }
}
