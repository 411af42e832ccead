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

    /** One page of the team's assignments that are not cancelled, in this order (ties broken by id). */
    List<Assignment> forTeam(long teamId, AssignmentOrder order, int offset, int limit);

    /** How many assignments of the team are not cancelled. */
    int countForTeam(long teamId);

    /** Saves an edit made to the version read; false, and nothing changed, when the assignment was edited since. */
    boolean update(long id, int version, LocalDate dueOn, String note, Instant now);

    void cancel(long id, Instant now);

    /** The agent's assignments that are not cancelled: open ones soonest due first, then done ones. */
    List<Assignment> forAgent(long userId);

    /** Closes the agent's open assignments of this item; returns how many were closed. */
    int complete(long userId, String itemKey, Instant at);

    /**
     * Counts a finished attempt on the agent's active assignments of this item. With {@code keepBest} the score
     * kept is the higher of the stored one and {@code score}; otherwise {@code score} replaces it (a module's
     * score, worked out by the caller).
     */
    void recordAttempt(long userId, String itemKey, int score, boolean keepBest);

    String coachName(long coachId);

    /** An agent's open (not done, not cancelled) assignment. */
    record OpenItem(long assignmentId, long userId, AssignedItem item, String title, LocalDate dueOn) {
    }

    /** An agent's assignment of lesson or module work that is marked done. */
    record DoneLearning(long userId, String itemKey, Instant completedAt) {
    }

    /** Every lesson or module assignment marked done, to check again against the progress rule. */
    List<DoneLearning> doneLearning();

    /** Marks the agent's assignments of this item not done again; returns how many changed. */
    int reopen(long userId, String itemKey);

    /** Open assignments due on or before the date, for reminders. */
    List<OpenItem> openDueOnOrBefore(LocalDate date);
}
