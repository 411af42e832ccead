package com.empathycoach.data.roleplay;

import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import com.empathycoach.core.roleplay.ScenarioStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcScenarioStoreTest {

    @Autowired
    ScenarioStore scenarios;

    @Autowired
    ContentStore modules;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String scenarioId = "scenario-" + tag;

    @Test
    void revisionsAreNumberedInOrderAndReadBackWithEveryField() {
        StoredRevision first = scenarios.saveIfNew(scenarioId, 1, "sum-a-" + tag, "start: hello");
        StoredRevision second = scenarios.saveIfNew(scenarioId, 2, "sum-b-" + tag, "start: hello again");

        assertThat(first).isEqualTo(new StoredRevision(scenarioId, 1, 1, "sum-a-" + tag, "start: hello"));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(scenarios.latest(scenarioId)).contains(second);
        assertThat(scenarios.revision(scenarioId, 1)).contains(first);
        assertThat(scenarios.latestRevisions()).containsEntry(scenarioId, 2);
    }

    @Test
    void savingKnownContentAgainKeepsItsRevision() {
        scenarios.saveIfNew(scenarioId, 1, "sum-a-" + tag, "a");
        scenarios.saveIfNew(scenarioId, 2, "sum-b-" + tag, "b");

        assertThat(scenarios.saveIfNew(scenarioId, 2, "sum-b-" + tag, "b").revision()).isEqualTo(2);
        assertThat(scenarios.saveIfNew(scenarioId, 1, "sum-a-" + tag, "a").revision()).isEqualTo(1);
        assertThat(scenarios.latest(scenarioId).orElseThrow().revision()).isEqualTo(2);
        assertThat(scenarios.revision(scenarioId, 3)).isEmpty();
    }

    @Test
    void anUnknownScenarioHasNoRevisions() {
        assertThat(scenarios.latest("no-such-" + tag)).isEmpty();
        assertThat(scenarios.revision("no-such-" + tag, 1)).isEmpty();
        assertThat(scenarios.latestRevisions()).doesNotContainKey("no-such-" + tag);
    }

    @Test
    void scenariosAndLessonModulesAreKeptApart() {
        String shared = "shared-" + tag;
        modules.saveIfNew(shared, 1, "sum-m1-" + tag, "module one");
        modules.saveIfNew(shared, 1, "sum-m2-" + tag, "module two");

        StoredRevision scenario = scenarios.saveIfNew(shared, 1, "sum-m1-" + tag, "scenario one");

        assertThat(scenario.revision()).isEqualTo(1);
        assertThat(scenario.source()).isEqualTo("scenario one");
        assertThat(scenarios.latestRevisions()).containsEntry(shared, 1);
        assertThat(modules.latestRevisions()).containsEntry(shared, 2);
        assertThat(modules.revision(shared, 1).orElseThrow().source()).isEqualTo("module one");
    }
}
