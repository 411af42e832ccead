package com.empathycoach.core.roleplay;

import java.time.Instant;

/** A learner's record on one scenario. {@code bestOverall} is null until a play is completed. */
public record RolePlayResult(String scenarioId, int completedPlays, Integer bestOverall, boolean openPlay,
                             Instant lastActivity) {
}
