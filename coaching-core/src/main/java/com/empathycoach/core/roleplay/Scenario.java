package com.empathycoach.core.roleplay;

import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.skill.EmpathyKey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A role-play: a customer persona and a graph of conversation nodes that ends in one of several endings. */
public record Scenario(String id, int version, int order, String title, String summary, Channel channel,
                       Persona persona, String start, List<Node> nodes, List<Ending> endings) {

    public Scenario {
        nodes = List.copyOf(nodes);
        endings = List.copyOf(endings);
    }

    public record Persona(String name, String situation, int mood, String hiddenNeed, String knowledgeGap) {
    }

    /** A customer message and either the agent's choices or a free-text reply the agent writes. */
    public record Node(String id, String customer, List<Choice> choices, Optional<FreeText> freeText) {
        public Node {
            choices = List.copyOf(choices);
        }

        /** Whether the chosen reply scores as high as the best of this decision. */
        public boolean strongest(String choiceId) {
            int best = choices.stream().mapToInt(Choice::total).max().orElse(0);
            return choices.stream().anyMatch(c -> c.id().equals(choiceId) && c.total() == best);
        }

        /** The key this decision trains: where the strongest reply is furthest ahead of the weakest. */
        public EmpathyKey trainedKey() {
            int best = choices.stream().mapToInt(Choice::total).max().orElse(0);
            Choice strongest = choices.stream().filter(c -> c.total() == best).findFirst().orElseThrow();
            EmpathyKey trained = EmpathyKey.values()[0];
            int widest = Integer.MIN_VALUE;
            for (EmpathyKey key : EmpathyKey.values()) {
                int lowest = choices.stream().mapToInt(c -> c.scores().getOrDefault(key, 0)).min().orElse(0);
                int spread = strongest.scores().getOrDefault(key, 0) - lowest;
                if (spread > widest) {
                    widest = spread;
                    trained = key;
                }
            }
            return trained;
        }
    }

    public record Choice(String id, String text, Map<EmpathyKey, Integer> scores, int mood, String feedback,
                         String stronger, String next) {
        public Choice {
            scores = Map.copyOf(scores);
        }

        public int total() {
            return scores.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record FreeText(String prompt, String next, boolean coachReview) {
    }

    public enum Outcome { RESOLVED_HAPPY, RESOLVED_COOL, ESCALATED_OR_LOST }

    public record Ending(String id, Outcome outcome, String customer, String debrief) {
    }

    public Optional<Node> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public Optional<Ending> ending(String endingId) {
        return endings.stream().filter(e -> e.id().equals(endingId)).findFirst();
    }
}
