package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.ScenarioStore;
import org.springframework.beans.factory.annotation.Autowired;
import com.empathycoach.core.roleplay.TranslatedScenarios;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translated role-plays, one folder per language ({@code content/scenarios-es/} for Spanish), read once at
 * start-up, and the Spanish an author published with a scenario's current revision, which comes first. A translation
 * is a scenario file with the English one's ids and other words; the player takes its texts and keeps scores, moods
 * and paths from the English scenario.
 */
@Component
public class ScenarioTranslations implements TranslatedScenarios {

    static final Set<String> LANGUAGES = Set.of("es");

    private final Map<String, Map<String, Scenario>> byLanguage = new HashMap<>();
    private final ScenarioStore store;
    private final Map<String, Scenario> published = new java.util.concurrent.ConcurrentHashMap<>();

    /** Files only, as tests and tools read them. */
    public ScenarioTranslations() {
        this("classpath*:content/scenarios-%s/*.yaml", null);
    }

    @Autowired
    public ScenarioTranslations(ScenarioStore store) {
        this("classpath*:content/scenarios-%s/*.yaml", store);
    }

    ScenarioTranslations(String pattern) {
        this(pattern, null);
    }

    private ScenarioTranslations(String pattern, ScenarioStore store) {
        this.store = store;
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
        if (store != null && LANGUAGES.contains(locale.getLanguage())) {
            Optional<Scenario> authored = store.publishedTranslation(scenarioId, locale.getLanguage())
                    .map(t -> published.computeIfAbsent(scenarioId + "@" + t[0] + "/" + locale.getLanguage(),
                            key -> new ScenarioParser().parse(locale.getLanguage() + "/" + scenarioId + ".yaml", t[1])));
            if (authored.isPresent()) {
                return authored;
            }
        }
        return Optional.ofNullable(byLanguage.getOrDefault(locale.getLanguage(), Map.of()).get(scenarioId));
    }
}
