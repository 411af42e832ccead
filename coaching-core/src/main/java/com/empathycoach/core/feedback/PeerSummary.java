package com.empathycoach.core.feedback;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.List;
import java.util.Map;

/**
 * What peers said about an agent, taken together. Below the anonymity threshold only the count is known:
 * {@code averages} and {@code examples} are empty, so no single teammate's answer can be read off.
 * Examples carry no names and are ordered by key and text, not by time, so they cannot be matched to a request.
 */
public record PeerSummary(int peers, int threshold, Map<EmpathyKey, Double> averages, List<Example> examples) {

    public record Example(EmpathyKey key, String text) {
    }

    public PeerSummary {
        averages = Map.copyOf(averages);
        examples = List.copyOf(examples);
    }

    public boolean visible() {
        return peers >= threshold;
    }

    static PeerSummary hidden(int peers, int threshold) {
        return new PeerSummary(peers, threshold, Map.of(), List.of());
    }
}
