package com.empathycoach.core.roleplay;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts a scenario's words into the reader's language. Only words change: ids, scores, moods, paths and outcomes
 * always come from the English scenario as played, so a language switch never changes a result; a text the
 * translation lacks (or an id it does not have) stays in English.
 */
final class LocalizedScenarios {

    private final TranslatedScenarios translations;

    LocalizedScenarios(TranslatedScenarios translations) {
        this.translations = translations;
    }

    Scenario of(Scenario english, Locale locale) {
        return translations.localize(english, locale);
    }

    static Scenario overlay(Scenario en, Scenario t) {
        Scenario.Persona p = en.persona();
        Scenario.Persona persona = new Scenario.Persona(or(t.persona().name(), p.name()),
                or(t.persona().situation(), p.situation()), p.mood(), or(t.persona().hiddenNeed(), p.hiddenNeed()),
                or(t.persona().knowledgeGap(), p.knowledgeGap()));
        List<Scenario.Node> nodes = en.nodes().stream().map(n -> node(n, t.node(n.id()))).toList();
        List<Scenario.Ending> endings = en.endings().stream().map(e -> t.ending(e.id())
                .map(te -> new Scenario.Ending(e.id(), e.outcome(), or(te.customer(), e.customer()),
                        or(te.debrief(), e.debrief()))).orElse(e)).toList();
        return new Scenario(en.id(), en.version(), en.order(), or(t.title(), en.title()), or(t.summary(), en.summary()),
                en.channel(), persona, en.start(), nodes, endings);
    }

    private static Scenario.Node node(Scenario.Node en, Optional<Scenario.Node> translated) {
        if (translated.isEmpty()) {
            return en;
        }
        Scenario.Node t = translated.get();
        Function<Scenario.Choice, Scenario.Choice> choice = c -> t.choices().stream()
                .filter(tc -> tc.id().equals(c.id())).findFirst()
                .map(tc -> new Scenario.Choice(c.id(), or(tc.text(), c.text()), c.scores(), c.mood(),
                        or(tc.feedback(), c.feedback()), c.stronger() == null ? null : or(tc.stronger(), c.stronger()),
                        c.next())).orElse(c);
        Optional<Scenario.FreeText> freeText = en.freeText().map(f -> new Scenario.FreeText(
                or(t.freeText().map(Scenario.FreeText::prompt).orElse(null), f.prompt()), f.next(), f.coachReview()));
        return new Scenario.Node(en.id(), or(t.customer(), en.customer()), en.choices().stream().map(choice).toList(),
                freeText);
    }

    private static String or(String translated, String english) {
        return translated == null || translated.isBlank() ? english : translated;
    }
}
