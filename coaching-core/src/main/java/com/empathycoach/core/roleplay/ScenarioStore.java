package com.empathycoach.core.roleplay;

import com.empathycoach.core.lesson.ContentStore.StoredRevision;

import java.util.Map;
import java.util.Optional;

/** Port: where scenario sources are kept, one row per scenario revision (like lesson modules). */
public interface ScenarioStore {

    Optional<StoredRevision> latest(String scenarioId);

    /** The newest revision number of every scenario. */
    Map<String, Integer> latestRevisions();

    Optional<StoredRevision> revision(String scenarioId, int revision);

    /** Saves a new revision (the next number) unless one with this checksum exists; returns the one kept. */
    StoredRevision saveIfNew(String scenarioId, int declaredVersion, String checksum, String source);
}
