package com.empathycoach.core.coaching;

import java.time.LocalDate;
import java.util.Set;

/** Facts about assignments. */
public final class AssignmentEvents {

    private AssignmentEvents() {
    }

    public record AssignmentCreated(long assignmentId, String coachName, String title, LocalDate dueOn, Set<Long> agentIds) {
        public AssignmentCreated {
            agentIds = Set.copyOf(agentIds);
        }
    }
}
