package com.empathycoach.core.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: drafts, one per module and one per role-play. */
public interface DraftStore {

    Optional<Draft> find(ContentKind kind, String id);

    List<Draft> all(ContentKind kind);

    /** Creates a draft at version 1; false when there is one already. */
    boolean create(ContentKind kind, String id, String source, String sourceEs, long userId, Instant at);

    /** Saves over version {@code expected}; false (and nothing saved) when someone saved since. */
    boolean save(ContentKind kind, String id, int expected, String source, String sourceEs, long userId, Instant at);
}
