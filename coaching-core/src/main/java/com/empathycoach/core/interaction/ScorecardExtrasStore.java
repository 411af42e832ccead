package com.empathycoach.core.interaction;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the organisation's own scorecard items, their scores per interaction, and comments anchored on a turn. */
public interface ScorecardExtrasStore {

    record Item(long id, String label, String description, boolean active) {
    }

    /** An item as scored on one interaction: 1 to 5, or null for N/A, with an optional comment. */
    record ItemScore(long itemId, String label, Integer score, String comment) {
    }

    record TurnComment(long id, int turnIndex, String authorName, String text, Instant at) {
    }

    List<Item> items();

    Optional<Item> item(long id);

    /** Returns the new item's id, or -1 when an item has that label already. */
    long addItem(String label, String description, Instant at);

    /** False when another item has that label already. */
    boolean updateItem(long id, String label, String description, boolean active);

    /** Replaces the interaction's item scores with these (item id to score, null for N/A) and comments. */
    void saveItemScores(long interactionId, Map<Long, Integer> scores, Map<Long, String> comments);

    List<ItemScore> itemScores(long interactionId);

    long addComment(long interactionId, int turnIndex, long authorId, String text, Instant at);

    /** Oldest first. */
    List<TurnComment> comments(long interactionId);
}
