package com.empathycoach.core.lesson;

/** Port: where lesson module sources are kept, one row per module revision. */
public interface ContentStore extends RevisionStore {

    record StoredRevision(String moduleId, int revision, int declaredVersion, String checksum, String source) {
    }

    /**
     * The translation an author published with the module's current revision, as {revision, source}; empty for a
     * module whose current revision came from a file (its translation is a file too).
     */
    default java.util.Optional<String[]> publishedTranslation(String moduleId, String language) {
        return java.util.Optional.empty();
    }
}
