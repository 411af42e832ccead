package com.empathycoach.content.authoring;

import com.empathycoach.content.lesson.ContentTexts;
import com.empathycoach.content.authoring.LoaderContentValidator.ParsedScenario;
import com.empathycoach.core.authoring.ContentValidator.Problem;
import com.empathycoach.core.roleplay.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares a Spanish role-play with its English one: the player takes the Spanish texts and keeps the English
 * structure, so every node, choice and ending must be there under the same id, with the same free-text nodes.
 */
final class ScenarioTranslationCheck {

    private ScenarioTranslationCheck() {
    }

    static List<Problem> compare(ParsedScenario english, ParsedScenario spanish, Locale locale) {
        if (english.scenario() == null) {
            return List.of();
        }
        if (spanish.scenario() == null) {
            return spanish.problems().stream().map(p -> new Problem(LoaderContentValidator.SPANISH + " › " + p.where(),
                    p.message())).toList();
        }
        Scenario en = english.scenario();
        Scenario es = spanish.scenario();
        List<Problem> problems = new ArrayList<>();
        for (int n = 0; n < en.nodes().size(); n++) {
            node(ContentTexts.text("where.node", locale, n + 1), en.nodes().get(n), es.node(en.nodes().get(n).id()),
                    problems, locale);
        }
        for (Scenario.Ending ending : en.endings()) {
            if (es.ending(ending.id()).isEmpty()) {
                problems.add(new Problem(ContentTexts.text("where.endingId", locale, ending.id()),
                        ContentTexts.text("tr.ending", locale)));
            }
        }
        es.nodes().stream().filter(node -> en.node(node.id()).isEmpty()).forEach(node -> problems.add(new Problem(
                LoaderContentValidator.SPANISH, ContentTexts.text("tr.extraNode", locale, node.id()))));
        return problems;
    }

    private static void node(String where, Scenario.Node node, Optional<Scenario.Node> other, List<Problem> problems,
                             Locale locale) {
        if (other.isEmpty()) {
            problems.add(new Problem(where, ContentTexts.text("tr.node", locale, node.id())));
            return;
        }
        if (node.freeText().isPresent() != other.get().freeText().isPresent()) {
            problems.add(new Problem(where, ContentTexts.text("tr.freeText", locale)));
        }
        for (Scenario.Choice choice : node.choices()) {
            if (other.get().choices().stream().noneMatch(c -> c.id().equals(choice.id()))) {
                problems.add(new Problem(where + " › " + ContentTexts.text("where.choiceId", locale, choice.id()),
                        ContentTexts.text("tr.choice", locale)));
            }
        }
    }
}
