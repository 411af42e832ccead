package com.empathycoach.core.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: publishing a module makes one of its revisions the one agents get. */
public interface PublicationStore {

    /** A revision of a module and, when it was published from the browser, by whom and when. */
    record Revision(int revision, Instant createdAt, String publishedBy, Instant publishedAt, boolean current) {
    }

    /** Stores the source as a new revision (or finds the same text stored before) and makes it current. */
    int publish(String moduleId, int declaredVersion, String source, String sourceEs, long userId, Instant at);

    /** Makes an earlier revision current again. */
    void republish(String moduleId, int revision, long userId, Instant at);

    /** Every revision of the module, newest first. */
    List<Revision> revisions(String moduleId);

    /** The source of the current revision, and of its Spanish translation when one was published with it. */
    Optional<String[]> currentSource(String moduleId);
}
