package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.content.lesson.ContentProblem;
import com.empathycoach.content.lesson.ContentValidationException;
import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.ScenarioStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * At startup: validates every scenario file (refusing to start on a bad one) and stores each scenario
 * whose text changed as a new revision, exactly as lesson modules are synced.
 */
@Component
class ScenarioSync implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ScenarioSync.class);

    private final ScenarioStore store;
    private final TransactionTemplate transaction;

    ScenarioSync(ScenarioStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        sync(ContentFiles.read(ContentFiles.SCENARIOS));
    }

    /** Validates all files first, then stores; returns how many new revisions were stored. */
    int sync(List<ContentFiles.SourceFile> files) {
        List<Parsed> parsed = validate(files);
        Integer created = transaction.execute(status -> {
            int count = 0;
            for (Parsed p : parsed) {
                int before = store.latest(p.scenario().id()).map(StoredRevision::revision).orElse(0);
                StoredRevision kept = store.saveIfNew(p.scenario().id(), p.scenario().version(),
                        ContentFiles.checksum(p.source()), p.source());
                if (kept.revision() > before) {
                    count++;
                }
            }
            return count;
        });
        log.info("Role-play content: {} scenario(s) checked, {} new revision(s) stored", parsed.size(), created);
        return created == null ? 0 : created;
    }

    record Parsed(Scenario scenario, String source) {
    }

    static List<Parsed> validate(List<ContentFiles.SourceFile> files) {
        ScenarioParser parser = new ScenarioParser();
        List<ContentProblem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ContentFiles.SourceFile file : files) {
            try {
                Scenario scenario = parser.parse(file.name(), file.source());
                if (!ids.add(scenario.id())) {
                    problems.add(new ContentProblem(file.name(), "$.id", "duplicate scenario id '" + scenario.id() + "'"));
                }
                parsed.add(new Parsed(scenario, file.source()));
            } catch (ContentValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        return parsed;
    }
}
