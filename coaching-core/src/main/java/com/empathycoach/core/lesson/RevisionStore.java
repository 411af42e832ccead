package com.empathycoach.core.lesson;

import com.empathycoach.core.lesson.ContentStore.StoredRevision;

import java.util.Map;
import java.util.Optional;

/** Port: content sources kept by revision, one row per (id, revision); lesson modules and scenarios each have one. */
public interface RevisionStore {

    Optional<StoredRevision> latest(String id);

    /** The newest revision number of every id. */
    Map<String, Integer> latestRevisions();

    Optional<StoredRevision> revision(String id, int revision);

    /** Saves a new revision (the next number) unless one with this checksum exists; returns the one kept. */
    StoredRevision saveIfNew(String id, int declaredVersion, String checksum, String source);

    /** A new revision came from a content file: it becomes current even where an author had chosen another one. */
    default void adoptFromFile(String id, int revision) {
    }

    /**
     * The translation an author published with the current revision, as {revision, source}; empty when the current
     * revision came from a file (its translation is a file too).
     */
    default Optional<String[]> publishedTranslation(String id, String language) {
        return Optional.empty();
    }

    /** The checksum a revision is known by: SHA-256 of its source text, in hex. */
    static String checksum(String source) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
