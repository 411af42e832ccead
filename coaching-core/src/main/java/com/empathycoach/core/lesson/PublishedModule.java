package com.empathycoach.core.lesson;

/**
 * A module as it was published at one revision. Attempts remember the revision they started on, so
 * editing content never changes or loses an attempt already made.
 */
public record PublishedModule(int revision, ModuleContent content) {
}
