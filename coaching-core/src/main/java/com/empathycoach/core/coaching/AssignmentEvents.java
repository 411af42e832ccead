package com.empathycoach.core.coaching;

import java.time.LocalDate;
import java.util.Set;

/** Facts about assignments. */
public final class AssignmentEvents {

    private AssignmentEvents() {
    }

    /** {@code title} is the English title stored with the assignment; readers see {@code item}'s in their language. */
    public record AssignmentCreated(long assignmentId, String coachName, AssignedItem item, String title, LocalDate dueOn,
                                    Set<Long> agentIds) {
        public AssignmentCreated {
            agentIds = Set.copyOf(agentIds);
        }
    }
}
