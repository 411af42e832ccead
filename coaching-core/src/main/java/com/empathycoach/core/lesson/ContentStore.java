package com.empathycoach.core.lesson;

/** Port: where lesson module sources are kept, one row per module revision. */
public interface ContentStore extends RevisionStore {

    record StoredRevision(String moduleId, int revision, int declaredVersion, String checksum, String source) {
    }
}
