package com.empathycoach.core.audit;

import java.time.Instant;

/** One line of the audit log: who did what, when, and for exports how many rows left the system. */
public record AuditEntry(long id, long actorId, String actorName, String action, String details, Integer rowCount,
                         Instant at) {
}
