package com.empathycoach.core.reporting;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Port: xAPI statements, kept for export and for forwarding to a learning record store. */
public interface StatementStore {

    /** A statement with the actor's name and email, as exported or forwarded. */
    record StoredStatement(XapiStatement statement, String actorName, String actorEmail, int attempts) {
    }

    /** Stores the statement unless one with its id exists. */
    void save(XapiStatement statement);

    /** Streams statements made in [from, to), oldest first; returns how many. */
    int stream(Instant from, Instant to, Consumer<StoredStatement> sink);

    /** Statements not yet forwarded whose next try is due, oldest first. */
    List<StoredStatement> dueForForwarding(Instant now, int limit);

    void markForwarded(List<String> ids, Instant at);

    void markFailed(List<String> ids, String error, Instant nextAttemptAt);
}
