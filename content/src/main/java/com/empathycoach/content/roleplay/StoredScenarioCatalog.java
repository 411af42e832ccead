package com.empathycoach.content.roleplay;

import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import com.empathycoach.core.roleplay.PublishedScenario;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.roleplay.ScenarioStore;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Published scenarios read from the store; each immutable revision is parsed once and kept in memory. */
@Component
class StoredScenarioCatalog implements ScenarioCatalog {

    private final ScenarioStore store;
    private final ScenarioParser parser = new ScenarioParser();
    private final Map<String, PublishedScenario> parsed = new ConcurrentHashMap<>();

    StoredScenarioCatalog(ScenarioStore store) {
        this.store = store;
    }

    @Override
    public List<PublishedScenario> current() {
        return store.latestRevisions().entrySet().stream()
                .map(e -> revision(e.getKey(), e.getValue()).orElseThrow())
                .sorted(Comparator.comparingInt((PublishedScenario s) -> s.scenario().order())
                        .thenComparing(s -> s.scenario().id()))
                .toList();
    }

    @Override
    public Optional<PublishedScenario> current(String scenarioId) {
        Integer latest = store.latestRevisions().get(scenarioId);
        return latest == null ? Optional.empty() : revision(scenarioId, latest);
    }

    @Override
    public Optional<PublishedScenario> revision(String scenarioId, int revision) {
        PublishedScenario cached = parsed.get(scenarioId + "@" + revision);
        if (cached != null) {
            return Optional.of(cached);
        }
        return store.revision(scenarioId, revision).map(this::toPublished);
    }

    private PublishedScenario toPublished(StoredRevision stored) {
        return parsed.computeIfAbsent(stored.moduleId() + "@" + stored.revision(), key -> new PublishedScenario(
                stored.revision(), parser.parse(orderedName(stored), stored.source())));
    }

    /** The parser checks the id against the file name; a stored source is named after its id. */
    private static String orderedName(StoredRevision stored) {
        return stored.moduleId() + ".yaml";
    }
}
