package com.empathycoach.core.notification;

import java.time.Instant;
import java.util.List;

/** Port: notifications per person. */
public interface NotificationStore {

    /** Adds one unless this person already has one with {@code dedupeKey}; returns true if added. */
    boolean add(long userId, NotificationKind kind, String dedupeKey, List<String> args, String link, Instant at);

    int unread(long userId);

    List<Notification> recent(long userId, int limit);

    void markAllRead(long userId, Instant at);
}
