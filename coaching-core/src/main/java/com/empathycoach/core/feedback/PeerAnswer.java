package com.empathycoach.core.feedback;

import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;

import java.util.EnumMap;
import java.util.Map;

/** A teammate's answer: every key rated 1 to 5, each with an example of what they saw. */
public record PeerAnswer(Map<EmpathyKey, Integer> ratings, Map<EmpathyKey, String> examples) {

    public static final int MAX_EXAMPLE = 500;

    public PeerAnswer {
        Map<EmpathyKey, Integer> r = new EnumMap<>(EmpathyKey.class);
        Map<EmpathyKey, String> e = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            Integer rating = ratings == null ? null : ratings.get(key);
            if (rating == null) {
                throw new InvalidInputException("rating." + key, "feedback.rating.missing");
            }
            if (rating < Ratings.MIN || rating > Ratings.MAX) {
                throw new InvalidInputException("rating." + key, "feedback.rating.range");
            }
            String example = examples == null || examples.get(key) == null ? "" : examples.get(key).strip();
            if (example.isEmpty()) {
                throw new InvalidInputException("example." + key, "feedback.peer.exampleMissing");
            }
            if (example.length() > MAX_EXAMPLE) {
                throw new InvalidInputException("example." + key, "feedback.peer.exampleTooLong");
            }
            r.put(key, rating);
            e.put(key, example);
        }
        ratings = Map.copyOf(r);
        examples = Map.copyOf(e);
    }
}
