package com.empathycoach.core.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: publishing a module or role-play makes one of its revisions the one agents get. */
public interface PublicationStore {

    /** A revision and, when it was published from the browser, by whom and when. */
    record Revision(int revision, Instant createdAt, String publishedBy, Instant publishedAt, boolean current) {
    }

    /** Stores the source as a new revision (or finds the same text stored before) and makes it current. */
    int publish(ContentKind kind, String id, int declaredVersion, String source, String sourceEs, long userId, Instant at);

    /** Makes an earlier revision current again. */
    void republish(ContentKind kind, String id, int revision, long userId, Instant at);

    /** Every revision, newest first. */
    List<Revision> revisions(ContentKind kind, String id);

    /** The source of the current revision, and of its Spanish translation when one was published with it. */
    Optional<String[]> currentSource(ContentKind kind, String id);
}
