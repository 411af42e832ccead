package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentProblem;
import com.empathycoach.content.lesson.ContentValidationException;
import com.empathycoach.content.lesson.YamlNode;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.ScenarioGraph;
import com.empathycoach.core.skill.EmpathyKey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one role-play scenario file and checks it: the schema field by field, then the conversation
 * graph ({@link ScenarioGraph}). Throws {@link ContentValidationException} listing every problem.
 */
public final class ScenarioParser {

    static final int WEAK_CHOICE_TOTAL = 6;

    public Scenario parse(String file, String source) {
        List<ContentProblem> problems = new ArrayList<>();
        YamlNode root = YamlNode.root(file, source, problems::add);
        Scenario scenario = scenario(root, file);
        if (problems.isEmpty()) {
            ScenarioGraph.problems(scenario).forEach(issue -> problems.add(
                    ContentProblem.of(file, "$.nodes", "graph." + issue.kind(), issue.args().toArray())));
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        return scenario;
    }

    private Scenario scenario(YamlNode root, String file) {
        String id = root.text("id");
        String expected = file.replaceAll("^.*/", "").replaceAll("^\\d+-", "").replaceAll("\\.ya?ml$", "");
        if (!id.isEmpty() && !id.equals(expected)) {
            root.get("id").problem("fileName", expected);
        }
        YamlNode p = root.get("persona");
        Scenario.Persona persona = new Scenario.Persona(p.text("name"), p.text("situation"), p.integer("mood", 0, 100),
                p.text("hiddenNeed"), p.text("knowledgeGap"));
        List<YamlNode> nodeNodes = root.list("nodes");
        if (nodeNodes.size() < 2) {
            root.get("nodes").problem("nodes.count", nodeNodes.size());
        }
        List<Scenario.Node> nodes = nodeNodes.stream().map(this::node).toList();
        long freeText = nodes.stream().filter(n -> n.freeText().isPresent()).count();
        if (freeText != 1 && !nodeNodes.isEmpty()) {
            root.get("nodes").problem("freeText.count", freeText);
        }
        List<YamlNode> endingNodes = root.list("endings");
        if (endingNodes.size() < 3) {
            root.get("endings").problem("endings.count", endingNodes.size());
        }
        List<Scenario.Ending> endings = endingNodes.stream().map(e -> new Scenario.Ending(e.text("id"),
                e.enumValue("outcome", Scenario.Outcome.class, Scenario.Outcome.RESOLVED_COOL),
                e.text("customer"), e.text("debrief"))).toList();
        return new Scenario(id, root.integer("version", 1, 10_000), root.integer("order", 0, 10_000),
                root.text("title"), root.text("summary"), root.enumValue("channel", Channel.class, Channel.CHAT),
                persona, root.text("start"), nodes, endings);
    }

    private Scenario.Node node(YamlNode node) {
        boolean hasChoices = node.has("choices");
        boolean hasFreeText = node.has("freeText");
        if (hasChoices == hasFreeText) {
            node.problem(hasChoices ? "node.both" : "node.neither");
        }
        List<Scenario.Choice> choices = List.of();
        if (hasChoices) {
            List<YamlNode> choiceNodes = node.list("choices");
            if (choiceNodes.size() < 2 || choiceNodes.size() > 4) {
                node.get("choices").problem("choices.count", choiceNodes.size());
            }
            choices = choiceNodes.stream().map(this::choice).toList();
        }
        Optional<Scenario.FreeText> freeText = Optional.empty();
        if (hasFreeText) {
            YamlNode f = node.get("freeText");
            freeText = Optional.of(new Scenario.FreeText(f.text("prompt"), f.text("next"), f.bool("coachReview")));
        }
        return new Scenario.Node(node.text("id"), node.text("customer"), choices, freeText);
    }

    private Scenario.Choice choice(YamlNode choice) {
        YamlNode scoreNode = choice.get("scores");
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            scores.put(key, scoreNode.integer(key.name(), 0, 3));
        }
        scoreNode.keys().stream().filter(k -> scores.keySet().stream().noneMatch(key -> key.name().equals(k)))
                .forEach(k -> scoreNode.get(k).problem("scores.notKey"));
        String stronger = choice.optionalText("stronger").orElse(null);
        int total = scores.values().stream().mapToInt(Integer::intValue).sum();
        if (total < WEAK_CHOICE_TOTAL && stronger == null) {
            choice.get("stronger").problem("choice.stronger", WEAK_CHOICE_TOTAL);
        }
        return new Scenario.Choice(choice.text("id"), choice.text("text"), scores, choice.integer("mood", -30, 30),
                choice.text("feedback"), stronger, choice.text("next"));
    }
}
