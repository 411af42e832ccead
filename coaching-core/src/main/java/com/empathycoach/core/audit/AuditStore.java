package com.empathycoach.core.audit;

import com.empathycoach.core.shared.Page;

import java.time.Instant;
import java.util.List;

/** Port: the audit log of exports and administrative actions. */
public interface AuditStore {

    /** Records an action; a negative actor id is an integration acting with the API key, not a user. */
    void record(long actorId, String action, String details, Integer rowCount, Instant at);

    /** Newest first. */
    List<AuditEntry> recent(Page page);

    int count();
}
