package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.PublishedModule;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published content read from the store. A revision never changes once stored, so each one is parsed
 * once and kept in memory; only "which revision is current" is asked of the store.
 */
@Component
class StoredContentCatalog implements ContentCatalog {

    private final ContentStore store;
    private final ModuleParser parser = new ModuleParser();
    private final Map<String, PublishedModule> parsed = new ConcurrentHashMap<>();

    StoredContentCatalog(ContentStore store) {
        this.store = store;
    }

    @Override
    public List<PublishedModule> current() {
        return store.latestRevisions().entrySet().stream()
                .map(e -> revision(e.getKey(), e.getValue()).orElseThrow())
                .sorted(Comparator.comparingInt((PublishedModule m) -> m.content().order())
                        .thenComparing(m -> m.content().id()))
                .toList();
    }

    @Override
    public Optional<PublishedModule> current(String moduleId) {
        Integer latest = store.latestRevisions().get(moduleId);
        return latest == null ? Optional.empty() : revision(moduleId, latest);
    }

    @Override
    public Optional<PublishedModule> revision(String moduleId, int revision) {
        PublishedModule cached = parsed.get(moduleId + "@" + revision);
        if (cached != null) {
            return Optional.of(cached);
        }
        return store.revision(moduleId, revision).map(this::toPublished);
    }

    private PublishedModule toPublished(ContentStore.StoredRevision stored) {
        return parsed.computeIfAbsent(stored.moduleId() + "@" + stored.revision(),
                key -> new PublishedModule(stored.revision(), parser.parse(stored.moduleId() + ".yaml", stored.source())));
    }
}
