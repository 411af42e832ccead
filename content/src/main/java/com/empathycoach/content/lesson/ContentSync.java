package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.ModuleContent;
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
 * At startup, before the app serves anyone: validates every module file (refusing to start on bad
 * content) and stores each module whose text changed as a new revision. Unchanged files add nothing,
 * so restarts never duplicate content, and old revisions stay for the attempts made on them.
 */
@Component
class ContentSync implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ContentSync.class);

    private final ContentStore store;
    private final TransactionTemplate transaction;

    ContentSync(ContentStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        sync(ContentFiles.read(ContentFiles.MODULES));
    }

    /** Validates all files first, then stores; returns how many new revisions were stored. */
    int sync(List<ContentFiles.SourceFile> files) {
        List<Parsed> parsed = validate(files);
        Integer created = transaction.execute(status -> {
            int count = 0;
            for (Parsed p : parsed) {
                int before = store.latest(p.module().id()).map(ContentStore.StoredRevision::revision).orElse(0);
                var kept = store.saveIfNew(p.module().id(), p.module().version(), ContentFiles.checksum(p.source()), p.source());
                if (kept.revision() > before) {
                    count++;
                }
            }
            return count;
        });
        log.info("Lesson content: {} module(s) checked, {} new revision(s) stored", parsed.size(), created);
        return created == null ? 0 : created;
    }

    record Parsed(ModuleContent module, String source) {
    }

    static List<Parsed> validate(List<ContentFiles.SourceFile> files) {
        ModuleParser parser = new ModuleParser();
        List<ContentProblem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ContentFiles.SourceFile file : files) {
            try {
                ModuleContent module = parser.parse(file.name(), file.source());
                if (!ids.add(module.id())) {
                    problems.add(new ContentProblem(file.name(), "$.id", "duplicate module id '" + module.id() + "'"));
                }
                parsed.add(new Parsed(module, file.source()));
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
