package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.TranslatedScenarios;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translated role-plays, one folder per language ({@code content/scenarios-es/} for Spanish), read once at
 * start-up. A translation is a scenario file with the English one's ids and other words; the player takes its
 * texts and keeps scores, moods and paths from the English scenario.
 */
@Component
public class ScenarioTranslations implements TranslatedScenarios {

    static final Set<String> LANGUAGES = Set.of("es");

    private final Map<String, Map<String, Scenario>> byLanguage = new HashMap<>();

    public ScenarioTranslations() {
        this("classpath*:content/scenarios-%s/*.yaml");
    }

    ScenarioTranslations(String pattern) {
        ScenarioParser parser = new ScenarioParser();
        for (String language : LANGUAGES) {
            Map<String, Scenario> scenarios = new HashMap<>();
            for (ContentFiles.SourceFile file : ContentFiles.read(pattern.formatted(language))) {
                Scenario scenario = parser.parse(language + "/" + file.name(), file.source());
                scenarios.put(scenario.id(), scenario);
            }
            byLanguage.put(language, Map.copyOf(scenarios));
        }
    }

    @Override
    public Optional<Scenario> scenario(String scenarioId, Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLanguage.getOrDefault(locale.getLanguage(), Map.of()).get(scenarioId));
    }
}
