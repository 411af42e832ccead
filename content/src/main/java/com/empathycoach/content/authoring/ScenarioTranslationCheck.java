package com.empathycoach.content.authoring;

import com.empathycoach.content.authoring.LoaderContentValidator.ParsedScenario;
import com.empathycoach.core.authoring.ContentValidator.Problem;
import com.empathycoach.core.roleplay.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a Spanish role-play with its English one: the player takes the Spanish texts and keeps the English
 * structure, so every node, choice and ending must be there under the same id, with the same free-text nodes.
 */
final class ScenarioTranslationCheck {

    private ScenarioTranslationCheck() {
    }

    static List<Problem> compare(ParsedScenario english, ParsedScenario spanish) {
        if (english.scenario() == null) {
            return List.of();
        }
        if (spanish.scenario() == null) {
            return spanish.problems().stream().map(p -> new Problem("Spanish › " + p.where(), p.message())).toList();
        }
        Scenario en = english.scenario();
        Scenario es = spanish.scenario();
        List<Problem> problems = new ArrayList<>();
        for (int n = 0; n < en.nodes().size(); n++) {
            node("node " + (n + 1), en.nodes().get(n), es.node(en.nodes().get(n).id()), problems);
        }
        for (Scenario.Ending ending : en.endings()) {
            if (es.ending(ending.id()).isEmpty()) {
                problems.add(new Problem("ending '" + ending.id() + "'", "missing translation: this ending is not in the Spanish"));
            }
        }
        es.nodes().stream().filter(node -> en.node(node.id()).isEmpty()).forEach(node -> problems.add(new Problem(
                "Spanish", "node '" + node.id() + "' is not in the English")));
        return problems;
    }

    private static void node(String where, Scenario.Node node, Optional<Scenario.Node> other, List<Problem> problems) {
        if (other.isEmpty()) {
            problems.add(new Problem(where, "missing translation: node '" + node.id() + "' is not in the Spanish"));
            return;
        }
        if (node.freeText().isPresent() != other.get().freeText().isPresent()) {
            problems.add(new Problem(where, "the Spanish must ask for a written reply exactly where the English does"));
        }
        for (Scenario.Choice choice : node.choices()) {
            if (other.get().choices().stream().noneMatch(c -> c.id().equals(choice.id()))) {
                problems.add(new Problem(where + " › choice '" + choice.id() + "'", "missing translation: this choice "
                        + "is not in the Spanish"));
            }
        }
    }
}
