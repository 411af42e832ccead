package com.empathycoach.core.shared;

import java.time.Instant;

/** Data repairs that must run once per installation, however many nodes start and however often. */
public interface OneTimeTasks {

    /**
     * Claims the task for the current transaction: true the first time ever (the caller then does the work, and a
     * rollback releases the claim), false once it has been done.
     */
    boolean claim(String name, Instant at);
}
