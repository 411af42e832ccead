package com.empathycoach.core.analysis;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns findings into scores. The formula, per key K:
 * <pre>
 *   score(K) = clamp(0, 100,
 *                BASE
 *              + (POSITIVE_BUDGET / |positive markers of K|) * |distinct positive markers of K found|
 *              - sum over distinct negative markers N of K found:
 *                    NEGATIVE_FIRST + NEGATIVE_REPEAT * min(occurrences(N) - 1, MAX_REPEATS))
 *   overall  = round(mean of the four key scores)
 * </pre>
 * With BASE 40 and POSITIVE_BUDGET 60 a reply showing every positive marker of a key scores 100 on it
 * (HELP has two positive markers worth 30 each; the other keys have one worth 60). One negative marker
 * costs 35, each further occurrence of it 10 more (at most two more). A reply with no markers scores 40
 * everywhere. Positive markers count once however often they occur, so repeating "sorry" earns nothing.
 * <p>
 * Then the verdict. A reply is strong only if it shows care (an acknowledged feeling, an apology or ownership, or
 * the customer's own details), moves the customer forward (a clarifying question or a concrete next step) and has
 * no negative marker. Otherwise its overall score
 * is capped just below {@link Analysis#STRONG_LINE}: an empathy phrase alone never makes a reply strong, and a
 * negative finding outweighs the positive phrase it undercuts ("I understand how frustrating this is. You people
 * never read anything.").
 */
final class Scoring {

    static final int BASE = 40;
    static final int POSITIVE_BUDGET = 60;
    static final int NEGATIVE_FIRST = 35;
    static final int NEGATIVE_REPEAT = 10;
    static final int MAX_REPEATS = 2;

    private Scoring() {
    }

    static Map<EmpathyKey, Integer> scores(List<Finding> findings) {
        Map<Marker, Integer> counts = new EnumMap<>(Marker.class);
        findings.forEach(f -> counts.merge(f.marker(), 1, Integer::sum));
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            long positives = countPositiveMarkers(key);
            double score = BASE;
            for (Map.Entry<Marker, Integer> e : counts.entrySet()) {
                Marker marker = e.getKey();
                if (marker.key() != key) {
                    continue;
                }
                if (marker.positive()) {
                    score += (double) POSITIVE_BUDGET / positives;
                } else {
                    score -= NEGATIVE_FIRST + NEGATIVE_REPEAT * Math.min(e.getValue() - 1, MAX_REPEATS);
                }
            }
            scores.put(key, (int) Math.max(0, Math.min(100, Math.round(score))));
        }
        return scores;
    }

    static int overall(Map<EmpathyKey, Integer> scores, List<Finding> findings) {
        int mean = (int) Math.round(scores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        return strong(findings) ? Math.max(mean, Analysis.STRONG_LINE) : Math.min(mean, Analysis.STRONG_LINE - 1);
    }

    /**
     * Care (a feeling acknowledged, an apology or ownership, or the customer's own details), a way forward (a
     * clarifying question or a concrete next step), and no negative marker.
     */
    static boolean strong(List<Finding> findings) {
        java.util.Set<Marker> found = java.util.EnumSet.noneOf(Marker.class);
        findings.forEach(f -> found.add(f.marker()));
        boolean care = found.contains(Marker.ACKNOWLEDGES_FEELING) || found.contains(Marker.APOLOGY_OR_OWNERSHIP)
                || found.contains(Marker.PERSONALISATION);
        boolean forward = found.contains(Marker.CLARIFYING_QUESTION) || found.contains(Marker.CONCRETE_NEXT_STEP);
        return care && forward && found.stream().allMatch(Marker::positive);
    }

    private static long countPositiveMarkers(EmpathyKey key) {
        long n = 0;
        for (Marker m : Marker.values()) {
            if (m.key() == key && m.positive()) {
                n++;
            }
        }
        return Math.max(1, n);
    }
}
