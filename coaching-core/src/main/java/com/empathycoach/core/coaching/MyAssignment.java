package com.empathycoach.core.coaching;

import java.time.Instant;
import java.time.LocalDate;

/** One assignment as the agent sees it. */
public record MyAssignment(long assignmentId, AssignedItem item, String title, LocalDate dueOn, String note,
                           String coachName, Instant completedAt, AssignmentOutcome outcome) {

    public boolean done() {
        return outcome.done();
    }

    public boolean overdue() {
        return outcome == AssignmentOutcome.OVERDUE;
    }
}
