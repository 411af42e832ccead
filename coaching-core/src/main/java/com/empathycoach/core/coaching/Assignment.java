package com.empathycoach.core.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Work a coach gave to agents of one team, with a due date. {@code title} is the item's title when assigned. */
/** {@code version} counts edits, so an edit can be refused when it starts from an outdated copy. */
public record Assignment(long id, long teamId, long coachId, AssignedItem item, String title, LocalDate dueOn,
                         String note, boolean cancelled, Instant createdAt, List<Assignee> assignees, int version) {

    public Assignment {
        assignees = List.copyOf(assignees);
    }

    public record Assignee(long userId, String displayName, Instant completedAt) {
        public boolean done() {
            return completedAt != null;
        }
    }

    public long doneCount() {
        return assignees.stream().filter(Assignee::done).count();
    }
}
