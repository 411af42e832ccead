package com.empathycoach.core.roleplay;

import java.util.Locale;
import java.util.Optional;

/**
 * Port: a role-play's texts in another language. A translation has the English scenario's ids, scores and paths
 * and only other words; anything it lacks stays in English, field by field.
 */
public interface TranslatedScenarios {

    /** The scenario in this locale's language, if it has been translated; empty for English. */
    Optional<Scenario> scenario(String scenarioId, Locale locale);

    /**
     * The English scenario as played, with its words in this locale's language where they are translated; ids, scores
     * and paths stay the English scenario's.
     */
    default Scenario localize(Scenario english, Locale locale) {
        return scenario(english.id(), locale).map(t -> LocalizedScenarios.overlay(english, t)).orElse(english);
    }

    /** No translations at all: every text in English. */
    TranslatedScenarios NONE = (scenarioId, locale) -> Optional.empty();
}
