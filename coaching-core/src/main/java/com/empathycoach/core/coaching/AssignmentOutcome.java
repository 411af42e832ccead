package com.empathycoach.core.coaching;

import java.time.LocalDate;

/**
 * Where one agent stands on one assignment: met when the work was done (a lesson passed, a module completed,
 * a role-play played to an ending) by the due date, late when done after it, overdue when not done and the
 * due date has passed, open otherwise. Dates are in the organisation's time zone.
 */
public enum AssignmentOutcome {
    OPEN, OVERDUE, MET, LATE;

    public static AssignmentOutcome of(LocalDate doneOn, LocalDate dueOn, LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? LATE : MET;
        }
        return dueOn.isBefore(today) ? OVERDUE : OPEN;
    }

    public boolean done() {
        return this == MET || this == LATE;
    }
}
