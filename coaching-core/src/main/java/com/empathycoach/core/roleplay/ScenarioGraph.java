package com.empathycoach.core.roleplay;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a scenario's conversation is well formed: every link names a node or ending, every node
 * and ending can be reached from the start, every node can still reach an ending (so no path and no
 * loop traps the learner), and the endings cover all three outcomes.
 */
public final class ScenarioGraph {

    private ScenarioGraph() {
    }

    /**
     * One thing wrong with the graph: its kind ("unknownTarget", "deadEnd", ...) and the ids it is about; the content
     * checks say it in the author's language.
     */
    public record Issue(String kind, List<Object> args) {
        public Issue {
            args = List.copyOf(args);
        }
    }

    public static List<Issue> problems(Scenario scenario) {
        List<Issue> problems = new ArrayList<>();
        Map<String, List<String>> edges = new LinkedHashMap<>();
        Set<String> endings = new HashSet<>();
        scenario.endings().forEach(e -> {
            if (!endings.add(e.id())) {
                problems.add(new Issue("duplicateEnding", List.of(e.id())));
            }
        });
        for (Scenario.Node node : scenario.nodes()) {
            if (edges.containsKey(node.id()) || endings.contains(node.id())) {
                problems.add(new Issue("duplicateNode", List.of(node.id())));
            }
            List<String> next = new ArrayList<>();
            node.choices().forEach(c -> next.add(c.next()));
            node.freeText().ifPresent(f -> next.add(f.next()));
            edges.put(node.id(), next);
        }
        edges.forEach((from, targets) -> targets.stream()
                .filter(t -> !edges.containsKey(t) && !endings.contains(t))
                .forEach(t -> problems.add(new Issue("unknownTarget", List.of(from, t)))));
        if (!edges.containsKey(scenario.start())) {
            problems.add(new Issue("start", List.of(scenario.start())));
            return problems;
        }
        Set<String> reached = reachableFrom(scenario.start(), edges);
        edges.keySet().stream().filter(n -> !reached.contains(n))
                .forEach(n -> problems.add(new Issue("unreachableNode", List.of(n))));
        endings.stream().filter(e -> !reached.contains(e)).sorted()
                .forEach(e -> problems.add(new Issue("unreachableEnding", List.of(e))));
        Set<String> canEnd = canReachAnEnding(edges, endings);
        edges.keySet().stream().filter(n -> !canEnd.contains(n))
                .forEach(n -> problems.add(new Issue("deadEnd", List.of(n))));
        EnumSet<Scenario.Outcome> outcomes = EnumSet.noneOf(Scenario.Outcome.class);
        scenario.endings().forEach(e -> outcomes.add(e.outcome()));
        if (!outcomes.equals(EnumSet.allOf(Scenario.Outcome.class))) {
            problems.add(new Issue("outcomes", List.of(String.valueOf(EnumSet.complementOf(outcomes)))));
        }
        return problems;
    }

    private static Set<String> reachableFrom(String start, Map<String, List<String>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(edges.getOrDefault(id, List.of()));
            }
        }
        return seen;
    }

    private static Set<String> canReachAnEnding(Map<String, List<String>> edges, Set<String> endings) {
        Set<String> result = new HashSet<>(endings);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var entry : edges.entrySet()) {
                if (!result.contains(entry.getKey()) && entry.getValue().stream().anyMatch(result::contains)) {
                    result.add(entry.getKey());
                    changed = true;
                }
            }
        }
        return result;
    }
}
