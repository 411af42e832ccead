package com.empathycoach.core.authoring;

import java.time.Instant;

/**
 * The draft of a module or a role-play: its YAML source in English and, side by side, in Spanish (empty when not
 * translated yet). {@code version} counts saves, so a save that starts from an older copy is refused instead of
 * overwriting.
 */
public record Draft(ContentKind kind, String id, String source, String sourceEs, int version, String updatedBy,
                    Instant updatedAt) {
}
