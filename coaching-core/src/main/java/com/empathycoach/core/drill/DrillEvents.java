package com.empathycoach.core.drill;

import java.time.Instant;
import java.time.LocalDate;

/** Facts the drill announces; gamification turns them into streak days and XP. */
public final class DrillEvents {

    private DrillEvents() {
    }

    public record DrillAnswered(long userId, String itemId, boolean correct, Instant at) {
    }

    /** The {@code nthToday}-th drill the agent finished that day: the first pays most. */
    public record DrillCompleted(long userId, LocalDate day, int nthToday, int items, int correct, Instant at) {
    }
}
