package com.empathycoach.core.drill;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: memory states, the review log, the recency-weighted profile and drill sessions. */
public interface DrillStore {

    Optional<Memory> memory(long userId, String itemId);

    /** Drillable items due at or before {@code now}, the longest overdue first. */
    List<Memory> due(long userId, Instant now, int limit);

    /**
     * Drillable items on a key that are not due yet and were last reviewed before {@code reviewedBefore}, the soonest
     * due (so the most faded) first.
     */
    List<Memory> upcomingOn(long userId, EmpathyKey key, Instant now, Instant reviewedBefore, int limit);

    /** Every item the agent has met. */
    List<Memory> memories(long userId);

    /** Every item any of these agents has met, in one read. */
    List<Memory> memories(java.util.Collection<Long> userIds);

    /** Of these agents, those who answered at least one item of a drill started since {@code since}. */
    Set<Long> activeSince(java.util.Collection<Long> userIds, Instant since);

    /** Ids of every item the agent has met. */
    Set<String> met(long userId);

    /**
     * Stores the new memory state, logs the review, and folds its score (0 to 100) into the recency-weighted
     * profile of the item's key: older evidence counts half as much every {@code halfLifeDays}.
     */
    void review(long userId, Memory after, Rating rating, boolean correct, Long responseMillis, Instant at,
                double halfLifeDays);

    /** The recency-weighted profile: per key, the weighted mean score and the weight of evidence at its last update. */
    Map<EmpathyKey, ProfileSum> profile(long userId);

    record ProfileSum(double scoreSum, double weightSum, Instant asOf) {
    }

    /** Folds one written reply into the per-marker profile: 100 for each marker it shows, 0 for each it does not. */
    void foldMarkers(long userId, Set<com.empathycoach.core.analysis.Marker> shown, Instant at, double halfLifeDays);

    Map<com.empathycoach.core.analysis.Marker, ProfileSum> markerProfile(long userId);

    /** Starts a drill session with these items; returns its id. */
    long startSession(long userId, LocalDate day, List<String> itemIds, Instant at);

    Optional<DrillSession> openSession(long userId, LocalDate day);

    /** Records that an item of the session was answered; false if it was already, or is not in the session. */
    boolean answered(long sessionId, String itemId, boolean correct);

    /** Marks the session finished; returns how many sessions the agent finished that day including this one, or 0 if it was finished already. */
    int finish(long sessionId, LocalDate day, Instant at);

    /** Drops an unfinished session whose remaining items are no longer published; its answers stay in memory. */
    void abandon(long sessionId);

    /** Sessions the agent finished on a day. */
    int finishedOn(long userId, LocalDate day);
}
