package com.empathycoach.core.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: module drafts, one per module. */
public interface DraftStore {

    Optional<ModuleDraft> find(String moduleId);

    List<ModuleDraft> all();

    /** Creates a draft at version 1; false when the module has one already. */
    boolean create(String moduleId, String source, String sourceEs, long userId, Instant at);

    /** Saves over version {@code expected}; false (and nothing saved) when someone saved since. */
    boolean save(String moduleId, int expected, String source, String sourceEs, long userId, Instant at);
}
