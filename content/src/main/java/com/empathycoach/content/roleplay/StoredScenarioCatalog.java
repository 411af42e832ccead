package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.RevisionCatalog;
import com.empathycoach.core.roleplay.PublishedScenario;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.roleplay.ScenarioStore;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Published scenarios, in catalogue order. A stored source is named after its id for the parser's check. */
@Component
class StoredScenarioCatalog implements ScenarioCatalog {

    private final RevisionCatalog<PublishedScenario> scenarios;

    StoredScenarioCatalog(ScenarioStore store) {
        ScenarioParser parser = new ScenarioParser();
        this.scenarios = new RevisionCatalog<>(store,
                stored -> new PublishedScenario(stored.revision(), parser.parse(stored.moduleId() + ".yaml", stored.source())),
                Comparator.comparingInt((PublishedScenario s) -> s.scenario().order()).thenComparing(s -> s.scenario().id()));
    }

    @Override
    public List<PublishedScenario> current() {
        return scenarios.current();
    }

    @Override
    public Optional<PublishedScenario> current(String scenarioId) {
        return scenarios.current(scenarioId);
    }

    @Override
    public Optional<PublishedScenario> revision(String scenarioId, int revision) {
        return scenarios.revision(scenarioId, revision);
    }
}
