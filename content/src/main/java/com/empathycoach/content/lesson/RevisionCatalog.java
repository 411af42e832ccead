package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import com.empathycoach.core.lesson.RevisionStore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Published content read from a revision store. A revision never changes once stored, so each one is
 * parsed once and kept in memory; only "which revision is current" is asked of the store.
 *
 * @param <P> the published form, for example a module with its revision number
 */
public final class RevisionCatalog<P> {

    private final RevisionStore store;
    private final Function<StoredRevision, P> parse;
    private final Comparator<P> order;
    private final Map<String, P> parsed = new ConcurrentHashMap<>();

    public RevisionCatalog(RevisionStore store, Function<StoredRevision, P> parse, Comparator<P> order) {
        this.store = store;
        this.parse = parse;
        this.order = order;
    }

    public List<P> current() {
        return store.latestRevisions().entrySet().stream()
                .map(e -> revision(e.getKey(), e.getValue()).orElseThrow())
                .sorted(order)
                .toList();
    }

    public Optional<P> current(String id) {
        Integer latest = store.latestRevisions().get(id);
        return latest == null ? Optional.empty() : revision(id, latest);
    }

    public Optional<P> revision(String id, int revision) {
        P cached = parsed.get(id + "@" + revision);
        if (cached != null) {
            return Optional.of(cached);
        }
        return store.revision(id, revision)
                .map(stored -> parsed.computeIfAbsent(stored.moduleId() + "@" + stored.revision(), key -> parse.apply(stored)));
    }
}
