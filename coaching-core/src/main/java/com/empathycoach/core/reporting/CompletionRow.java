package com.empathycoach.core.reporting;

import java.time.LocalDate;

/** One agent and one assigned item, as exported. */
public record CompletionRow(String agent, String email, String team, String coach, String item, LocalDate assignedOn,
                            LocalDate dueOn, Status status, LocalDate completedOn, Integer score, int attempts) {

    public enum Status { COMPLETED, OPEN, OVERDUE }

    public static Status statusOf(LocalDate completedOn, LocalDate dueOn, LocalDate today) {
        if (completedOn != null) {
            return Status.COMPLETED;
        }
        return dueOn.isBefore(today) ? Status.OVERDUE : Status.OPEN;
    }
}
