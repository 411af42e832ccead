package com.empathycoach.core.lesson;

import java.util.Map;
import java.util.Optional;

/** Port: where content sources are kept, one row per module revision. */
public interface ContentStore {

    record StoredRevision(String moduleId, int revision, int declaredVersion, String checksum, String source) {
    }

    Optional<StoredRevision> latest(String moduleId);

    /** The newest revision number of every module. */
    Map<String, Integer> latestRevisions();

    Optional<StoredRevision> revision(String moduleId, int revision);

    /** Saves a new revision (the next number) unless one with this checksum exists; returns the one kept. */
    StoredRevision saveIfNew(String moduleId, int declaredVersion, String checksum, String source);
}
