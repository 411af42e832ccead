package com.empathycoach.core.reporting;

import com.empathycoach.core.coaching.AssignmentOutcome;

import java.time.LocalDate;

/**
 * One agent and one assigned item, as exported. {@code status} is the work's progress by the one rule
 * ({@code PASSED}: the lesson passed, every lesson of the module passed, or the role-play played to an ending;
 * {@code ATTEMPTED}: tried without that; {@code NOT_STARTED}); {@code assignment} is met, late, overdue or open;
 * {@code bestScore} is the best attempt's score (for a module, the mean of its lessons' best scores).
 */
public record CompletionRow(String agent, String email, String team, String coach, String item, LocalDate assignedOn,
                            LocalDate dueOn, Status status, AssignmentOutcome assignment, LocalDate completedOn,
                            Integer bestScore, int attempts) {

    public enum Status { PASSED, ATTEMPTED, NOT_STARTED }

    public static Status statusOf(LocalDate completedOn, int attempts) {
        if (completedOn != null) {
            return Status.PASSED;
        }
        return attempts > 0 ? Status.ATTEMPTED : Status.NOT_STARTED;
    }
}
