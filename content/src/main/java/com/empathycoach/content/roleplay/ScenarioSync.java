package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.content.lesson.RevisionSync;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.ScenarioStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * At startup: validates every scenario file (refusing to start on a bad one) and stores each scenario
 * whose text changed as a new revision, exactly as lesson modules are synced ({@link RevisionSync}).
 */
@Component
class ScenarioSync implements SmartInitializingSingleton {

    static final RevisionSync.Kind<Scenario> SCENARIOS = new RevisionSync.Kind<>("Role-play", "scenario",
            new ScenarioParser()::parse, Scenario::id, Scenario::version);

    private final RevisionSync<Scenario> sync;

    ScenarioSync(ScenarioStore store, TransactionTemplate transaction) {
        this.sync = new RevisionSync<>(SCENARIOS, store, transaction);
    }

    @Override
    public void afterSingletonsInstantiated() {
        sync(ContentFiles.read(ContentFiles.SCENARIOS));
    }

    int sync(List<ContentFiles.SourceFile> files) {
        return sync.sync(files);
    }
}
