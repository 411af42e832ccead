package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import com.empathycoach.core.lesson.RevisionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Validates every file of one kind of content first (refusing all of them if any is bad), then stores
 * each one whose text changed as a new revision. Unchanged files add nothing, so restarts never
 * duplicate content, and old revisions stay for the work done on them.
 *
 * @param <T> the parsed content, for example a module or a scenario
 */
public final class RevisionSync<T> {

    private static final Logger log = LoggerFactory.getLogger(RevisionSync.class);

    /**
     * How to read one kind of content: its name in the log ("Lesson"), what one item is called in
     * problems ("module"), its parser, its id and its declared version.
     */
    public record Kind<T>(String label, String noun, BiFunction<String, String, T> parser, Function<T, String> id,
                          ToIntFunction<T> version) {
    }

    public record Parsed<T>(T content, String source) {
    }

    private final Kind<T> kind;
    private final RevisionStore store;
    private final TransactionTemplate transaction;

    public RevisionSync(Kind<T> kind, RevisionStore store, TransactionTemplate transaction) {
        this.kind = kind;
        this.store = store;
        this.transaction = transaction;
    }

    /** Validates all files first, then stores; returns how many new revisions were stored. */
    public int sync(List<ContentFiles.SourceFile> files) {
        List<Parsed<T>> parsed = validate(kind, files);
        Integer created = transaction.execute(status -> {
            int count = 0;
            for (Parsed<T> p : parsed) {
                String id = kind.id().apply(p.content());
                int before = store.latest(id).map(StoredRevision::revision).orElse(0);
                StoredRevision kept = store.saveIfNew(id, kind.version().applyAsInt(p.content()),
                        ContentFiles.checksum(p.source()), p.source());
                if (kept.revision() > before) {
                    store.adoptFromFile(id, kept.revision());
                    count++;
                }
            }
            return count;
        });
        log.info("{} content: {} file(s) checked, {} new revision(s) stored", kind.label(), parsed.size(), created);
        return created == null ? 0 : created;
    }

    /** Parses every file and checks ids are unique; throws one exception listing every problem. */
    public static <T> List<Parsed<T>> validate(Kind<T> kind, List<ContentFiles.SourceFile> files) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Parsed<T>> parsed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ContentFiles.SourceFile file : files) {
            try {
                T content = kind.parser().apply(file.name(), file.source());
                if (!ids.add(kind.id().apply(content))) {
                    problems.add(new ContentProblem(file.name(), "$.id",
                            "duplicate " + kind.noun() + " id '" + kind.id().apply(content) + "'"));
                }
                parsed.add(new Parsed<>(content, file.source()));
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
