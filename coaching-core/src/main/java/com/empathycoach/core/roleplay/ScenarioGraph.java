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

    public static List<String> problems(Scenario scenario) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> edges = new LinkedHashMap<>();
        Set<String> endings = new HashSet<>();
        scenario.endings().forEach(e -> {
            if (!endings.add(e.id())) {
                problems.add("duplicate ending id '" + e.id() + "'");
            }
        });
        for (Scenario.Node node : scenario.nodes()) {
            if (edges.containsKey(node.id()) || endings.contains(node.id())) {
                problems.add("duplicate node id '" + node.id() + "'");
            }
            List<String> next = new ArrayList<>();
            node.choices().forEach(c -> next.add(c.next()));
            node.freeText().ifPresent(f -> next.add(f.next()));
            edges.put(node.id(), next);
        }
        edges.forEach((from, targets) -> targets.stream()
                .filter(t -> !edges.containsKey(t) && !endings.contains(t))
                .forEach(t -> problems.add("node '" + from + "' leads to unknown id '" + t + "'")));
        if (!edges.containsKey(scenario.start())) {
            problems.add("start '" + scenario.start() + "' is not a node");
            return problems;
        }
        Set<String> reached = reachableFrom(scenario.start(), edges);
        edges.keySet().stream().filter(n -> !reached.contains(n))
                .forEach(n -> problems.add("node '" + n + "' cannot be reached from the start"));
        endings.stream().filter(e -> !reached.contains(e)).sorted()
                .forEach(e -> problems.add("ending '" + e + "' cannot be reached from the start"));
        Set<String> canEnd = canReachAnEnding(edges, endings);
        edges.keySet().stream().filter(n -> !canEnd.contains(n))
                .forEach(n -> problems.add("node '" + n + "' never reaches an ending (a dead end or a loop without exit)"));
        EnumSet<Scenario.Outcome> outcomes = EnumSet.noneOf(Scenario.Outcome.class);
        scenario.endings().forEach(e -> outcomes.add(e.outcome()));
        if (!outcomes.equals(EnumSet.allOf(Scenario.Outcome.class))) {
            problems.add("endings must cover every outcome; missing " + EnumSet.complementOf(outcomes));
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
