package com.empathycoach.data.roleplay;

import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import com.empathycoach.core.roleplay.ScenarioStore;
import com.empathycoach.data.lesson.RevisionTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Map;
import java.util.Optional;

@Repository
class JdbcScenarioStore implements ScenarioStore {

    private final RevisionTable revisions;

    JdbcScenarioStore(JdbcTemplate jdbc) {
        this.revisions = new RevisionTable(jdbc, "content_scenario_revision", "scenario_id");
    }

    @Override
    public Optional<StoredRevision> latest(String scenarioId) {
        return revisions.latest(scenarioId);
    }

    @Override
    public Map<String, Integer> latestRevisions() {
        return revisions.latestRevisions();
    }

    @Override
    public Optional<String[]> publishedTranslation(String scenarioId, String language) {
        return revisions.publishedTranslation(scenarioId, language);
    }

    @Override
    public void adoptFromFile(String scenarioId, int revision) {
        revisions.unpin(scenarioId);
    }

    @Override
    public Optional<StoredRevision> revision(String scenarioId, int revision) {
        return revisions.revision(scenarioId, revision);
    }

    @Override
    public StoredRevision saveIfNew(String scenarioId, int declaredVersion, String checksum, String source) {
        return revisions.saveIfNew(scenarioId, declaredVersion, checksum, source);
    }
}
