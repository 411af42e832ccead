package com.empathycoach.core.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: assignments and who they were given to. */
public interface AssignmentStore {

    long create(long teamId, long coachId, AssignedItem item, String title, LocalDate dueOn, String note,
                Set<Long> agentIds, Instant now);

    Optional<Assignment> assignment(long id);

    /** The team's assignments that are not cancelled, soonest due first. */
    List<Assignment> forTeam(long teamId);

    void update(long id, LocalDate dueOn, String note, Instant now);

    void cancel(long id, Instant now);

    /** The agent's assignments that are not cancelled: open ones soonest due first, then done ones. */
    List<Assignment> forAgent(long userId);

    /** Closes the agent's open assignments of this item; returns how many were closed. */
    int complete(long userId, String itemKey, Instant at);

    /**
     * Counts a finished attempt on the agent's active assignments of this item: the score kept is the best
     * attempt's, or with {@code mean} the mean of all attempts (a module's lessons).
     */
    void recordAttempt(long userId, String itemKey, int score, boolean mean);

    String coachName(long coachId);

    /** An agent's open (not done, not cancelled) assignment. */
    record OpenItem(long assignmentId, long userId, String title, LocalDate dueOn) {
    }

    /** Open assignments due on or before the date, for reminders. */
    List<OpenItem> openDueOnOrBefore(LocalDate date);
}
