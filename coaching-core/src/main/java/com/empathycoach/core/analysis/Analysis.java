package com.empathycoach.core.analysis;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of analysing one reply.
 *
 * @param findings    every marker found, ordered by position in the reply
 * @param scores      0..100 for each of the four keys
 * @param overall     0..100, the rounded mean of the four key scores
 * @param suggestions short tips in the reply's language: one per negative marker found, then one per
 *                    positive marker missing
 * @param version     the analyzer and rules that made it ({@link EmpathyAnalyzer#version()})
 */
public record Analysis(List<Finding> findings, Map<EmpathyKey, Integer> scores, int overall,
                       List<String> suggestions, String version) {

    /** An overall score at or above this is a strong reply; see {@link Scoring} for what it takes. */
    public static final int STRONG_LINE = 45;

    public Analysis {
        findings = List.copyOf(findings);
        suggestions = List.copyOf(suggestions);
        EnumMap<EmpathyKey, Integer> copy = new EnumMap<>(EmpathyKey.class);
        copy.putAll(scores);
        scores = Collections.unmodifiableMap(copy);
    }

    /** The analysis of a blank reply: nothing found, every score zero. */
    static Analysis empty(String version) {
        Map<EmpathyKey, Integer> zeros = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            zeros.put(key, 0);
        }
        return new Analysis(List.of(), zeros, 0, List.of(), version);
    }

    /** Whether a coach would send this reply as it is: see {@link Scoring#strong(List)}. */
    public boolean strong() {
        return overall >= STRONG_LINE;
    }

    /** The distinct markers found. */
    public Set<Marker> markers() {
        Set<Marker> markers = EnumSet.noneOf(Marker.class);
        findings.forEach(f -> markers.add(f.marker()));
        return Collections.unmodifiableSet(markers);
    }

    /** The findings of one marker, in order. */
    public List<Finding> findingsOf(Marker marker) {
        return findings.stream().filter(f -> f.marker() == marker).toList();
    }
}
