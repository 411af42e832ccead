package com.empathycoach.core.drill;

import java.util.List;

/** A drill in progress: the items picked when it started, those answered so far and how many of them right. */
public record DrillSession(long id, long userId, List<String> items, List<String> answered, int correct) {

    public DrillSession {
        items = List.copyOf(items);
        answered = List.copyOf(answered);
    }

    public boolean complete() {
        return answered.containsAll(items);
    }

    public List<String> remaining() {
        return items.stream().filter(i -> !answered.contains(i)).toList();
    }
}
