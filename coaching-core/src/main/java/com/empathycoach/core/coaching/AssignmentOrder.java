package com.empathycoach.core.coaching;

/** How a team's assignments are listed: soonest due first by default, or by what was assigned. */
public record AssignmentOrder(By by, boolean descending) {

    public static final AssignmentOrder SOONEST_DUE = new AssignmentOrder(By.DUE, false);

    /** Due date; or the kind of work and then its title, as the list shows them. */
    public enum By { DUE, ITEM }

    public AssignmentOrder {
        if (by == null) {
            throw new IllegalArgumentException("by is required");
        }
    }
}
